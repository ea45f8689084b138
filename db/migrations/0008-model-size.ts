/**
 * Models keep the parameter count their name states ("Llama-2-7B": 7), in billions, so leaderboards
 * can be narrowed by size in SQL. Existing rows are filled from their names here, once.
 */
import { sql, type Kysely } from "kysely";
import { parametersOf } from "../../extract/gazetteer";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("models").addColumn("params_b", "real").execute();
  const { rows } = await sql<{ id: number; name: string }>`select id, name from models`.execute(db);
  for (const r of rows) {
    const params = parametersOf(r.name);
    if (params !== null) await sql`update models set params_b = ${params} where id = ${r.id}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("models").dropColumn("params_b").execute();
}
