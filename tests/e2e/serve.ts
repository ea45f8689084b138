/** Builds the fixture database, then runs `next start` on it (the build must exist: `next build`). */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { buildFixtureDb } from "../fixtures/build-fixture-db";

const port = process.argv[2] ?? "3210";
if (!existsSync(".next/BUILD_ID")) {
  console.error("serve: no production build found; run `next build` first");
  process.exit(1);
}
void buildFixtureDb().then((dbPath) => {
  const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env: { ...process.env, CLAIMBOARD_DB: dbPath } });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
});
