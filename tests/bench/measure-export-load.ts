/**
 * Exports under load: the largest leaderboard under 12 connections, first alone, then while four
 * full-speed CSV exports of every claim run (each restarted when it ends), in the same run.
 * Each export comes from its own client address (X-Forwarded-For), as four users would.
 */
import autocannon from "autocannon";
import { get, type ClientRequest } from "node:http";
import type { BigDb } from "./big-db";
import { NEXT_PORT, startNext, stop, waitFor } from "./measure-pages";

export interface ExportLoadFigures {
  alone: { p50: number; p99: number; timeouts: number; bad: number };
  withExports: { p50: number; p99: number; timeouts: number; bad: number; exportMb: number };
}

const BASE = `http://127.0.0.1:${NEXT_PORT}`;

async function hammer(url: string, seconds: number) {
  const r = await autocannon({ url, connections: 12, duration: seconds, timeout: 10 });
  return { p50: r.latency.p50, p99: r.latency.p99, timeouts: r.timeouts, bad: r.non2xx + r.errors };
}

/** Keeps one export downloading at full speed until stopped; counts the bytes received. */
function keepExporting(client: string, bytes: { n: number }): () => void {
  let current: ClientRequest | undefined;
  let stopped = false;
  const start = () => {
    if (stopped) return;
    current = get(`${BASE}/api/export?view=claims`, { headers: { "x-forwarded-for": client } }, (res) => {
      res.on("data", (chunk: Buffer) => (bytes.n += chunk.length));
      res.on("end", start);
    });
    current.on("error", () => undefined);
  };
  start();
  return () => {
    stopped = true;
    current?.destroy();
  };
}

export async function measureExportLoad(big: BigDb, seconds: number): Promise<ExportLoadFigures> {
  const server = startNext(big.path);
  const board = `${BASE}/benchmarks/${big.topBenchmark}?metric=${big.topMetric}`;
  try {
    await waitFor(`${BASE}/api/benchmarks?per=1`);
    await fetch(board).then((r) => r.text());
    const alone = await hammer(board, seconds);
    const bytes = { n: 0 };
    const stops = [1, 2, 3, 4].map((i) => keepExporting(`198.51.100.${i}`, bytes));
    await new Promise((ok) => setTimeout(ok, 500));
    const loaded = await hammer(board, seconds);
    for (const stopExport of stops) stopExport();
    return { alone, withExports: { ...loaded, exportMb: bytes.n / 1024 / 1024 } };
  } finally {
    await stop(server);
  }
}
