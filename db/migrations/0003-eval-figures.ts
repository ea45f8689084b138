/**
 * The extractor's scores on the gold sets, computed once when the data is built (ingest, db:ensure)
 * rather than by the web server on a page view: one row per gold set, its figures as JSON, and the
 * extractor version they were computed with.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("eval_figures")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("ordinal", "integer", (c) => c.notNull())
    .addColumn("figures", "text", (c) => c.notNull())
    .addColumn("extractor_version", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("eval_figures").execute();
}
