/**
 * Human curation that survives re-extraction. Flags (readers' reports), reviews (curators'
 * decisions) and the audit log live in their own tables, keyed to a claim's stable identity: the
 * paper's title key, the value's offset in the abstract and the value, never a claim row's id
 * (rows are replaced on every re-ingest). The claims table carries only a cache of the decision,
 * `review_status` and the extracted fields a correction replaced, re-applied after each ingest.
 */
import { sql, type Kysely } from "kysely";
import { addIdColumn } from "../dialect";

export async function up(db: Kysely<unknown>): Promise<void> {
  await addIdColumn(db, db.schema.createTable("flags"))
    .addColumn("paper_key", "text", (c) => c.notNull())
    .addColumn("value_start", "integer", (c) => c.notNull())
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("client", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("reviewed_at", "text")
    .execute();
  await db.schema.createIndex("flags_claim").on("flags").columns(["paper_key", "value_start"]).execute();
  await db.schema.createIndex("flags_client").on("flags").columns(["client", "created_at"]).execute();

  await addIdColumn(db, db.schema.createTable("reviews"))
    .addColumn("paper_key", "text", (c) => c.notNull())
    .addColumn("value_start", "integer", (c) => c.notNull())
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("action", "text", (c) =>
      c.notNull().check(sql`action in ('verified', 'rejected', 'corrected')`),
    )
    .addColumn("reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("fields", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("curator", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("reviews_claim").on("reviews").columns(["paper_key", "value_start"]).execute();

  await addIdColumn(db, db.schema.createTable("audit_log"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("before", "text")
    .addColumn("after", "text")
    .execute();

  await db.schema.alterTable("claims").addColumn("review_status", "text").execute();
  await db.schema.alterTable("claims").addColumn("extracted", "text").execute();
  await db.schema.alterTable("claims").addColumn("review_reason", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ["review_reason", "extracted", "review_status"])
    await db.schema.alterTable("claims").dropColumn(column).execute();
  for (const table of ["audit_log", "reviews", "flags"]) await db.schema.dropTable(table).execute();
}
