/**
 * Pages at scale: the production server on the generated database; autocannon (bounded, loopback) against
 * the largest leaderboard, a model page, a compare page and /api/claims, beside a minimal static
 * server returning the leaderboard's saved HTML bytes.
 */
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BigDb } from "./big-db";
import { BUILD_DIR } from "./bundle";

export interface LoadFigures {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  bad: number;
  /** A page's first view: rendered, not served from the page cache (median ms at one connection). */
  missP50?: number;
  /** A browser that holds the page: 304 with If-None-Match (median ms at one connection). */
  revalidateP50?: number;
  /** The floor for this page: a static server of its own bytes, at 8 connections. */
  staticRps?: number;
}

export const NEXT_PORT = 3301;
const STATIC_PORT = 3302;

export async function waitFor(url: string, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error(`${url} did not answer within ${seconds}s`);
}

/** `npm start`'s server (Next behind the page-cache front) on a database: a SQLite path, or environment such as { DATABASE_URL }. */
export function startNext(db: string | Record<string, string>): ChildProcess {
  // Behind-a-proxy mode: the export-load scenario tells its four clients apart by X-Forwarded-For.
  const env = {
    CLAIMBOARD_TRUST_PROXY: "1",
    ...(typeof db === "string" ? { CLAIMBOARD_DB: db, DATABASE_URL: "" } : db),
  };
  return spawn("npx", ["tsx", "app/front-server.ts", "-p", String(NEXT_PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
}

/** Loads each URL of a server started on the given database; warms each once first. */
export async function loadUrls(
  db: string | Record<string, string>,
  targets: readonly (readonly [string, string])[],
  seconds: number,
): Promise<LoadFigures[]> {
  const base = `http://127.0.0.1:${NEXT_PORT}`;
  const server = startNext(db);
  const out: LoadFigures[] = [];
  try {
    await waitFor(`${base}/api/benchmarks?per=1`);
    for (const [, path] of targets) await fetch(base + path).then((r) => r.text());
    for (const [name, path] of targets) out.push({ ...(await load(name, base + path, seconds)), path });
  } finally {
    await stop(server);
  }
  return out;
}

/** Stops a server's process group and waits until it has exited, so the next one can take its port. */
export async function stop(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

/**
 * Two bounded runs per URL: latency with one connection (what one reader waits, unqueued) and
 * throughput with eight (the server saturated; its latencies are mostly queueing).
 */
async function load(name: string, url: string, seconds: number): Promise<Omit<LoadFigures, "path">> {
  const latency = await autocannon({
    url,
    connections: 1,
    duration: Math.max(2, Math.round(seconds / 2)),
    timeout: 10,
  });
  const throughput = await autocannon({ url, connections: 8, duration: seconds, timeout: 10 });
  return {
    name,
    rps: throughput.requests.average,
    p50: latency.latency.p50,
    p99: latency.latency.p99,
    bad: bad(latency) + bad(throughput),
  };
}

const bad = (r: autocannon.Result) => r.non2xx + r.errors + r.timeouts;

/**
 * A page past the page cache: each request a URL of its own (an ignored parameter), so each is
 * rendered (its queries still answer from the per-version query cache, as for any first view).
 */
async function missLatency(url: string, seconds: number): Promise<{ p50: number; bad: number }> {
  let n = 0;
  const { pathname, search } = new URL(url);
  const sep = search ? "&" : "?";
  const result = await autocannon({
    url,
    connections: 1,
    duration: Math.max(2, Math.round(seconds / 2)),
    timeout: 10,
    // autocannon wants the request object itself back, changed in place.
    requests: [
      {
        setupRequest: (req) => {
          req.path = `${pathname}${search}${sep}_view=${n++}`;
          return req;
        },
      },
    ],
  });
  return { p50: result.latency.p50, bad: bad(result) };
}

/** A browser revalidating the page it holds: If-None-Match with the page's ETag, answered 304. */
async function revalidateLatency(url: string, seconds: number): Promise<{ p50: number; bad: number }> {
  const etag = (await fetch(url)).headers.get("etag") ?? "";
  const result = await autocannon({
    url,
    connections: 1,
    duration: Math.max(2, Math.round(seconds / 2)),
    timeout: 10,
    headers: { "if-none-match": etag },
  });
  // A 304 is the expected answer here; anything else counts as bad.
  const not304 = result.requests.total - (result["3xx"] ?? 0);
  return {
    p50: result.latency.p50,
    bad: etag === "" ? 1 : Math.max(0, not304) + result.errors + result.timeouts,
  };
}

export async function measurePages(big: BigDb, seconds: number): Promise<LoadFigures[]> {
  const base = `http://127.0.0.1:${NEXT_PORT}`;
  const targets = [
    ["leaderboard", `/benchmarks/${big.topBenchmark}?metric=${big.topMetric}`],
    ["model page", `/models/${big.topModels[0]}`],
    ["compare page", `/compare?models=${big.topModels.join(",")}`],
    ["api claims", "/api/claims?per=50"],
  ] as const;
  const out = await loadUrls(big.path, targets, seconds);
  const server = startNext(big.path);
  try {
    await waitFor(`${base}/api/benchmarks?per=1`);
    // Pages (not the API) go through the page cache: their first view and 304 apart.
    // Each page beside a static server of its own bytes: a 1.7 MB compare page and a 60 KB
    // leaderboard cannot share one floor.
    for (const figures of out.filter((f) => !f.path.startsWith("/api/"))) {
      const miss = await missLatency(base + figures.path, seconds);
      const revalidate = await revalidateLatency(base + figures.path, seconds);
      const html = await fetch(base + figures.path).then((r) => r.text());
      const floor = await measureStatic(html, seconds);
      Object.assign(figures, {
        missP50: miss.p50,
        revalidateP50: revalidate.p50,
        staticRps: floor.rps,
        bad: figures.bad + miss.bad + revalidate.bad,
      });
      if (figures.name === "leaderboard") out.push({ ...floor, path: figures.path });
    }
  } finally {
    await stop(server);
  }
  return out;
}

/** The floor: a minimal Node HTTP server returning the same page's bytes, in its own process. */
async function measureStatic(html: string, seconds: number): Promise<Omit<LoadFigures, "path">> {
  const page = join(BUILD_DIR, "static-floor.html");
  writeFileSync(page, html);
  const script = `const b=require("fs").readFileSync(${JSON.stringify(page)});require("http").createServer((q,r)=>{r.writeHead(200,{"content-type":"text/html; charset=utf-8"});r.end(b)}).listen(${STATIC_PORT},"127.0.0.1")`;
  const server = spawn(process.execPath, ["-e", script], { stdio: "ignore", detached: true });
  try {
    await waitFor(`http://127.0.0.1:${STATIC_PORT}/`);
    return await load("static floor", `http://127.0.0.1:${STATIC_PORT}/`, seconds);
  } finally {
    await stop(server);
  }
}
