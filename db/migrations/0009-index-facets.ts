/**
 * What the index pages filter on: a model's family ("Qwen2.5-7B" is Qwen2.5) and a benchmark's area
 * ("vision", "math"), both read from the gazetteer (data) when the row is first written. Existing
 * rows are filled from their names here, once, and their sizes read again ("Qwen2.5-1M" is a
 * context window, not a million parameters).
 */
import { sql, type Kysely } from "kysely";
import { benchmarkInfo, familyOf, parametersOf } from "../../extract/gazetteer";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("models").addColumn("family", "text").execute();
  await db.schema.alterTable("benchmarks").addColumn("area", "text").execute();
  const models = await sql<{ id: number; name: string }>`select id, name from models`.execute(db);
  for (const r of models.rows) {
    await sql`update models set family = ${familyOf(r.name)}, params_b = ${parametersOf(r.name)} where id = ${r.id}`.execute(
      db,
    );
  }
  const benchmarks = await sql<{ id: number; name: string }>`select id, name from benchmarks`.execute(db);
  for (const r of benchmarks.rows) {
    const area = benchmarkInfo(r.name)?.area ?? null;
    if (area !== null) await sql`update benchmarks set area = ${area} where id = ${r.id}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("models").dropColumn("family").execute();
  await db.schema.alterTable("benchmarks").dropColumn("area").execute();
}
