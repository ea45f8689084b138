/**
 * Builds the fixture database, then runs the production server (`npm start`'s front-server.ts) on it (the build must exist: `next build`).
 * With --postgres the fixture goes into the PostgreSQL test server and the app reads it there.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { buildFixtureDb, buildPgFixture } from "../fixtures/build-fixture-db";

const [port = "3210", flag] = process.argv.slice(2);
if (!existsSync(".next/BUILD_ID")) {
  console.error("serve: no production build found; run `next build` first");
  process.exit(1);
}
const database =
  flag === "--postgres"
    ? buildPgFixture().then((url) => ({ DATABASE_URL: url }))
    : buildFixtureDb().then((path) => ({ CLAIMBOARD_DB: path }));
void database.then((env) => {
  const server = spawn("npx", ["tsx", "app/front-server.ts", "-p", port, "-H", "127.0.0.1"], {
    stdio: "inherit",
    env: { ...process.env, ...env, CLAIMBOARD_TRUST_PROXY: "1" },
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
});
