/**
 * The page cache, on a server of its own with a database it may write to: repeats of a page come
 * from the cache with an ETag and a 304 for a browser that holds it; an ingest changes the data
 * version, and the very next request shows the new paper; a page is never served for another URL.
 */
import { execFileSync, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { startPrivateServer, stopPrivateServer } from "./private-server";
import { buildFixtureDb } from "../fixtures/build-fixture-db";
import { expect, test } from "./fixtures";

const PORT = Number(process.env.E2E_PORT ?? 3210) + 9;
const BASE = `http://127.0.0.1:${PORT}`;
const DB_PATH = "tests/artifacts/page-cache.sqlite";
const NEW_PAPER = "tests/artifacts/page-cache-paper.jsonl";
let server: ChildProcess | undefined;

test.describe.configure({ mode: "serial", timeout: 60_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await buildFixtureDb(DB_PATH);
  server = await startPrivateServer(PORT, { CLAIMBOARD_DB: DB_PATH, CLAIMBOARD_TRUST_PROXY: "" });
});

test.afterAll(() => stopPrivateServer(server));

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${BASE}${path}`, { headers });

test("a repeated page comes with the same ETag, and a browser that holds it gets a 304", async () => {
  const first = await get("/benchmarks/coco?metric=ap");
  const second = await get("/benchmarks/coco?metric=ap");
  expect(first.status).toBe(200);
  const etag = first.headers.get("etag");
  expect(etag).toMatch(/^W\/"[\w-]{20,}"$/);
  expect(second.headers.get("etag")).toBe(etag);
  expect(await second.text()).toBe(await first.text());
  expect(first.headers.get("cache-control")).toBe(
    "public, max-age=0, must-revalidate, s-maxage=10, stale-while-revalidate=60",
  );
  const revalidated = await get("/benchmarks/coco?metric=ap", { "if-none-match": etag! });
  expect(revalidated.status).toBe(304);
  expect(await revalidated.text()).toBe("");
  // No policy on a 304: the browser keeps the one stored with the page, whose nonce its scripts bear.
  expect(revalidated.headers.get("content-security-policy")).toBeNull();
});

test("every URL is its own page: another query string or path never gets this one", async () => {
  const paths = ["/benchmarks/coco?metric=ap", "/benchmarks/coco?metric=fps", "/benchmarks/librispeech"];
  const responses = await Promise.all(paths.map((p) => get(p)));
  expect(new Set(responses.map((r) => r.headers.get("etag"))).size).toBe(3);
  expect(await responses[2]!.text()).toContain("LibriSpeech");
});

test("a cached page is served with the policy its scripts' nonce belongs to", async () => {
  const response = await get("/models/deepseekv3");
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
  const html = await response.text();
  expect(nonce).toBeTruthy();
  const scriptNonces = [...html.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]);
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
});

test("an ingest shows on the next request, and the old ETag no longer matches", async () => {
  const before = await get("/papers");
  const etag = before.headers.get("etag")!;
  expect(await before.text()).not.toContain("Cached Heron: a fresh paper");
  writeFileSync(
    NEW_PAPER,
    `${JSON.stringify({
      title: "Cached Heron: a fresh paper",
      abstract: "Cached-Heron-7B reaches 91.5% accuracy on GSM8K.",
      published: "2099-01-01",
    })}\n`,
  );
  execFileSync("npx", ["tsx", "db/cli/ingest.ts", NEW_PAPER, "--db", DB_PATH], { stdio: "pipe" });
  const after = await get("/papers", { "if-none-match": etag });
  expect(after.status).toBe(200);
  expect(after.headers.get("etag")).not.toBe(etag);
  expect(await after.text()).toContain("Cached Heron: a fresh paper");
  const board = await (await get("/benchmarks/gsm8k")).text();
  expect(board).toContain("Cached-Heron-7B");
});

test("the API, the review pages, unknown pages and script fetches are never cached", async () => {
  for (const path of ["/api/benchmarks?per=1", "/review/login"]) {
    const response = await get(path);
    expect(response.headers.get("etag"), path).toBeNull();
  }
  // A script's fetch of a page (the router's RSC payload) is rendered for it, never the cached HTML.
  const fromScript = await get("/benchmarks/coco?metric=ap", { "sec-fetch-dest": "empty" });
  expect(fromScript.headers.get("etag")).toBeNull();
  const missing = await get("/models/no-such-model");
  expect(missing.status).toBe(404);
  expect(missing.headers.get("etag")).toBeNull();
});

test("repeats are gzipped for clients that accept it, and the RSC payload is never the cached HTML", async () => {
  const path = "/benchmarks/coco?metric=ap&from=2020-01-01";
  const plain = await (await get(path)).text();
  // fetch() sends Accept-Encoding: gzip and inflates: the same page, announced as gzip.
  const zipped = await get(path, { "accept-encoding": "gzip" });
  expect(zipped.headers.get("content-encoding")).toBe("gzip");
  expect(await zipped.text()).toBe(plain);
  // A CDN must keep the HTML and the router's payload of one URL apart.
  expect(zipped.headers.get("vary")).toMatch(/\brsc\b.*Accept-Encoding/);
  const payload = await get(path, { rsc: "1" });
  expect(payload.headers.get("content-type")).toContain("text/x-component");
  expect(payload.headers.get("etag")).toBeNull();
});

test("a repeat is answered by the front server, whatever the spelling of its query", async () => {
  // Next re-serialises a query ("a,b" as "a%2Cb"); the front keys the raw URL the same way.
  for (const path of ["/compare?models=rtdetrr50,rtdetrr101", "/claims?q=deepseek%20v3"]) {
    await get(path);
    const repeat = await get(path);
    expect(repeat.status, path).toBe(200);
    // The front sends the whole body with its length; Next streams a render in chunks.
    expect(repeat.headers.get("content-length"), path).toMatch(/^\d+$/);
  }
});
