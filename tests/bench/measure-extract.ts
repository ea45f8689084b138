/** Extraction throughput: one thread, all cores (worker_threads), and the floor of one regex pass. */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { PaperInput } from "../../extract/read";
import { bundle } from "./bundle";

export interface ExtractFigures {
  singleRate: number;
  multiRate: number;
  threads: number;
  floorRate: number;
  claimsPerAbstract: number;
}

async function runWorkers(
  file: string,
  papers: PaperInput[],
  threads: number,
): Promise<{ seconds: number; claims: number }> {
  const share = Math.ceil(papers.length / threads);
  const workers = Array.from(
    { length: threads },
    (_, i) =>
      new Worker(file, {
        workerData: {
          papers: papers
            .slice(i * share, (i + 1) * share)
            .map((p) => ({ title: p.title, abstract: p.abstract })),
        },
      }),
  );
  await Promise.all(workers.map((w) => new Promise((ok) => w.once("message", ok))));
  const done = workers.map(
    (w) => new Promise<{ claims: number; end: number }>((ok) => w.once("message", ok)),
  );
  const start = performance.timeOrigin + performance.now();
  for (const w of workers) w.postMessage("go");
  const results = await Promise.all(done);
  await Promise.all(workers.map((w) => w.terminate()));
  return {
    seconds: (Math.max(...results.map((r) => r.end)) - start) / 1000,
    claims: results.reduce((a, r) => a + r.claims, 0),
  };
}

/** The floor: one compiled regex pass over the same text, the least any extractor must do. */
function regexFloor(papers: PaperInput[]): number {
  const NUMBER = /\d+(?:\.\d+)?%?/g;
  let found = 0;
  const start = performance.now();
  for (const p of papers) found += p.abstract.match(NUMBER)?.length ?? 0;
  const seconds = (performance.now() - start) / 1000;
  return found >= 0 ? papers.length / seconds : 0;
}

export async function measureExtraction(papers: PaperInput[]): Promise<ExtractFigures> {
  const file = await bundle("tests/bench/extract-worker.ts", "extract-worker");
  const threads = availableParallelism();
  const single = await runWorkers(file, papers, 1);
  const multi = await runWorkers(file, papers, threads);
  regexFloor(papers.slice(0, 1000));
  return {
    singleRate: papers.length / single.seconds,
    multiRate: papers.length / multi.seconds,
    threads,
    floorRate: regexFloor(papers),
    claimsPerAbstract: single.claims / papers.length,
  };
}
