/**
 * Extraction off the writer's thread: batches of papers are prepared (extracted and hashed) by
 * worker threads while the main thread writes the batch before, so an ingest takes about the
 * slower of the two rather than their sum. The workers run the same preparePaper as the
 * in-process path, so both give the same rows.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { titleKey } from "../extract";
import type { PaperInput, ReadProblem } from "../extract/read";
import type { MetaIndex } from "./paper-meta";
import type { PreparedPaper } from "./write-batch";

export type Prepared = PreparedPaper | ReadProblem;
export interface PrepareRequest {
  id: number;
  papers: PaperInput[];
  meta?: MetaIndex;
}
export type PrepareReply = { id: number; prepared: Prepared[] } | { id: number; error: string };

export interface PreparePool {
  prepare(papers: PaperInput[], meta?: MetaIndex): Promise<Prepared[]>;
  close(): Promise<void>;
}

// The worker is TypeScript: it loads through tsx's require hook, as the command-line tools do.
// Found from the project root (where npm runs every script), not import.meta, which the test
// runners' CommonJS transforms reject.
const WORKER = resolve("db/prepare-worker.ts");
const BOOT = `require("tsx/cjs/api").register(); require(${JSON.stringify(WORKER)});`;

/** A pool of `threads` workers, or null when run from outside the project (then extract in-process). */
export function createPreparePool(threads: number): PreparePool | null {
  if (!existsSync(WORKER)) return null;
  const workers = Array.from({ length: threads }, () => new Worker(BOOT, { eval: true }));
  const waiting = new Map<number, { resolve: (p: Prepared[]) => void; reject: (e: Error) => void }>();
  let broken: Error | undefined;
  let closing = false;
  for (const worker of workers) {
    worker.on("message", (reply: PrepareReply) => {
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ("error" in reply) pending?.reject(new Error(`extraction worker failed: ${reply.error}`));
      else pending?.resolve(reply.prepared);
    });
    // A worker that dies fails what it had and everything asked of the pool after: never a hang.
    const fail = (error: Error) => {
      broken ??= error;
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => closing || fail(new Error(`extraction worker exited with code ${code}`)));
  }
  let next = 0;
  return {
    prepare(papers, meta) {
      if (broken) return Promise.reject(broken);
      const id = next++;
      const worker = workers[id % workers.length]!;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, papers, meta: meta && metaFor(papers, meta) } satisfies PrepareRequest);
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Only the batch's own entries cross to the worker, not the whole index. */
function metaFor(papers: readonly PaperInput[], meta: MetaIndex): MetaIndex {
  const own = new Map<string, ReturnType<MetaIndex["get"]> & object>();
  for (const p of papers) {
    const key = titleKey(p.title);
    const entry = meta.get(key);
    if (entry) own.set(key, entry);
  }
  return own;
}
