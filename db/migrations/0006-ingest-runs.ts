/**
 * One row per ingest or fetch run that wrote to the database: when it finished, from what source,
 * and what it wrote. The footer's "data last updated" reads the newest; operators read the history.
 */
import type { Kysely } from "kysely";
import { addIdColumn } from "../dialect";

export async function up(db: Kysely<unknown>): Promise<void> {
  await addIdColumn(db, db.schema.createTable("ingest_runs"))
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text", (c) => c.notNull())
    .addColumn("papers_inserted", "integer", (c) => c.notNull())
    .addColumn("papers_updated", "integer", (c) => c.notNull())
    .addColumn("claims_written", "integer", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("ingest_runs").execute();
}
