/**
 * A slow CSV download must not stall the API, and a client cannot run exports without limit.
 * Needs an export too big for socket buffers, so this spec serves its own generated database
 * (200,000 claims, about 60 MB of CSV) from a second server.
 */
import type { ChildProcess } from "node:child_process";
import { startPrivateServer, stopPrivateServer } from "./private-server";
import { get, type ClientRequest, type IncomingMessage } from "node:http";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { buildBigDb } from "../bench/big-db";

const PORT = Number(process.env.E2E_PORT ?? 3210) + 7;
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const big = await buildBigDb(join("tests/artifacts", "export-load.sqlite"), 200_000);
  server = await startPrivateServer(PORT, { CLAIMBOARD_DB: big.path });
});

test.afterAll(() => stopPrivateServer(server));

/** Starts a download and stops reading after its first bytes, as a throttled client does. */
function stalledExport(): Promise<{ request: ClientRequest; response: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const request = get(`${BASE}/api/export?view=claims`, (response) => {
      response.once("data", () => {
        response.pause();
        resolve({ request, response });
      });
    });
    request.on("error", reject);
  });
}

// A stalled event loop would hold the request for its whole 10 s timeout; 5 s leaves room for
// a loaded CI machine (2 s failed once at 2,018 ms with other work on both cores).
test("an API request answers within 5 s while a download is stalled mid-export", async () => {
  // Warm the route first, so the figure measures the stalled download, not the route's first load.
  expect((await fetch(`${BASE}/api/claims?per=1`)).status).toBe(200);
  const download = await stalledExport();
  expect(download.response.statusCode).toBe(200);
  const started = performance.now();
  const response = await fetch(`${BASE}/api/claims?per=1`, { signal: AbortSignal.timeout(10_000) });
  const elapsed = performance.now() - started;
  expect(response.status).toBe(200);
  expect(elapsed).toBeLessThan(5000);
  download.request.destroy();
});

test("a third export from one client gets a 429 naming the limit; a cancelled one frees its slot", async () => {
  const first = await stalledExport();
  const second = await stalledExport();
  const third = await fetch(`${BASE}/api/export?view=claims`);
  expect(third.status).toBe(429);
  expect(third.headers.get("retry-after")).toBe("5");
  expect(await third.json()).toEqual({
    error: "too many exports at once: at most 2 per client; try again when one has finished",
  });
  first.request.destroy();
  second.request.destroy();
  let again = 429;
  for (let i = 0; i < 40 && again === 429; i++) {
    await new Promise((ok) => setTimeout(ok, 250));
    const response = await fetch(`${BASE}/api/export?view=paper&id=1`);
    again = response.status;
    await response.body?.cancel();
  }
  expect(again).toBe(200);
});
