/** Notes a run that wrote papers, so the app can say when its data was last updated. */
import type { Kysely } from "kysely";
import type { BatchCounts } from "./write-batch";
import type { Database } from "./schema";
import { writeTransaction } from "./write-transaction";

export async function recordRun(
  db: Kysely<Database>,
  source: string,
  startedAt: Date,
  counts: BatchCounts,
  finishedAt = new Date(),
): Promise<void> {
  const { inserted, updated } = counts.papers;
  // A run that changed nothing did not update the data: "last updated" must not move for it.
  if (inserted + updated === 0) return;
  // Through the write path's transaction: another ingest may hold SQLite's writer lock right now.
  await writeTransaction(db, (trx) =>
    trx
      .insertInto("ingest_runs")
      .values({
        source,
        started_at: startedAt.toISOString(),
        finished_at: finishedAt.toISOString(),
        papers_inserted: inserted,
        papers_updated: updated,
        claims_written: Object.values(counts.claims).reduce((a, b) => a + b, 0),
      })
      .execute(),
  );
}
