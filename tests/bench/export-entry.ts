/** Child process for the CSV benchmark: exports every claim of a database as CSV to stdout. */
import { Writable } from "node:stream";
import { openDb } from "../../db/connection";
import { csvStream } from "../../db/export/csv";
import { EXPORTERS } from "../../db/export/views";

async function main(): Promise<void> {
  const [dbPath, mode] = process.argv.slice(2);
  const db = openDb(dbPath!, { readonly: true });
  const baseline = process.memoryUsage().rss;
  if (mode === "--dry") {
    process.stderr.write(JSON.stringify({ baseline, peak: process.resourceUsage().maxRSS * 1024 }) + "\n");
    return;
  }
  const result = await EXPORTERS.claims(db, new URLSearchParams(), "http://localhost:3000");
  if (!result.ok || !result.data) throw new Error("export failed");
  const { header, rows } = result.data;
  await csvStream(header, rows, (r) => r).pipeTo(Writable.toWeb(process.stdout));
  process.stderr.write(JSON.stringify({ baseline, peak: process.resourceUsage().maxRSS * 1024 }) + "\n");
  await db.destroy();
}

void main();
