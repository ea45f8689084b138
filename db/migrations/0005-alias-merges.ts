/**
 * Curators' merges of one model or benchmark into another ("GPT4" is "GPT-4"): data that every
 * ingest applies, so a merge outlives re-extraction like a review does.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("alias_merges")
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('model', 'benchmark')`))
    .addColumn("from_key", "text", (c) => c.notNull())
    .addColumn("to_key", "text", (c) => c.notNull())
    .addColumn("curator", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("alias_merges_pk", ["kind", "from_key"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("alias_merges").execute();
}
