/**
 * What a leaderboard row needs to be trusted: the setting that changes comparability, the
 * claim's confidence and whether it is listed. Rows written before this migration are unlisted
 * until the next ingest re-extracts them (their claims hash changes with the extractor).
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("claims").addColumn("setting", "text").execute();
  await db.schema
    .alterTable("claims")
    .addColumn("confidence", "double precision", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("claims")
    .addColumn("listed", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("claims_listed_board")
    .on("claims")
    .columns(["benchmark_id", "listed", "kind", "metric_key", "value"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("claims_listed_board").execute();
  for (const column of ["listed", "confidence", "setting"])
    await db.schema.alterTable("claims").dropColumn(column).execute();
}
