/** A worker thread of the prepare pool (prepare-pool.ts): extracts and hashes the batches it is sent. */
import { parentPort } from "node:worker_threads";
import { preparePaper } from "./ingest";
import type { PrepareReply, PrepareRequest } from "./prepare-pool";

parentPort?.on("message", ({ id, papers, meta }: PrepareRequest) => {
  let reply: PrepareReply;
  try {
    reply = { id, prepared: papers.map((p) => preparePaper(p, meta)) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
