import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const PG_PORT = PORT + 1;
// With a PostgreSQL test server, a second production server serves the same fixture from it for the smoke test.
const PG = process.env.CLAIMBOARD_TEST_PG;

const server = (port: number, flag = "") => ({
  // A real production server (front-server.ts, as `npm start`, on the `next build` output) on the seeded fixture database.
  command: `npx tsx tests/e2e/serve.ts ${port} ${flag}`.trim(),
  url: `http://127.0.0.1:${port}/api/benchmarks?per=1`,
  timeout: 120_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
});

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tests/artifacts/playwright",
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "sqlite", testIgnore: PG ? /postgres-smoke/ : undefined },
    ...(PG
      ? [{ name: "postgres", testMatch: /postgres-smoke/, use: { baseURL: `http://127.0.0.1:${PG_PORT}` } }]
      : []),
  ],
  webServer: [server(PORT), ...(PG ? [server(PG_PORT, "--postgres")] : [])],
});
