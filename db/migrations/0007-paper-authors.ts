/** Papers keep their authors (JSON array of names) when the source gives them: HF, arXiv, JSON Lines. */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("papers").addColumn("authors", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("papers").dropColumn("authors").execute();
}
