/** When the data last changed: the newest ingest or fetch run that wrote papers (the footer says it). */
import type { Kysely } from "kysely";
import type { Database } from "../schema";

export async function lastUpdated(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom("ingest_runs")
    .select("finished_at")
    .orderBy("finished_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.finished_at ?? null;
}
