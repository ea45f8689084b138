/**
 * Each model's best claim on a leaderboard is found by asking, for every row, whether the same
 * model has a better one on the same board: an index led by (benchmark, model, metric) answers
 * that with one seek. Without it, a board of 20,000 rows compared every row with every other.
 * The same index serves the compare page's cells and the models sharing a picked model's boards.
 * The board index gains the setting, so a board's settings and metrics are read from it alone.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("claims_listed_board").execute();
  await db.schema
    .createIndex("claims_listed_board")
    .on("claims")
    .columns(["benchmark_id", "listed", "kind", "metric_key", "setting", "value"])
    .execute();
  await db.schema
    .createIndex("claims_model_board")
    .on("claims")
    .columns(["benchmark_id", "model_id", "metric_key", "kind", "listed", "value"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("claims_model_board").execute();
  await db.schema.dropIndex("claims_listed_board").execute();
  await db.schema
    .createIndex("claims_listed_board")
    .on("claims")
    .columns(["benchmark_id", "listed", "kind", "metric_key", "value"])
    .execute();
}
