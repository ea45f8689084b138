/** Worker for the extraction benchmark: warms up, waits for "go", extracts its share, reports back. */
import { parentPort, workerData } from "node:worker_threads";
import { extractClaims } from "../../extract";

const papers = workerData.papers as { title: string; abstract: string }[];
for (const p of papers.slice(0, 300)) extractClaims(p);
parentPort!.postMessage({ type: "ready" });
parentPort!.on("message", () => {
  let claims = 0;
  for (const p of papers) claims += extractClaims(p).length;
  parentPort!.postMessage({ type: "done", claims, end: performance.timeOrigin + performance.now() });
});
