/** The initial schema: papers, models, benchmarks (with metric direction), aliases and claims. */
import { sql, type Kysely } from "kysely";
import { addIdColumn } from "../dialect";

export async function up(db: Kysely<unknown>): Promise<void> {
  await addIdColumn(db, db.schema.createTable("papers"))
    .addColumn("title_key", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("abstract", "text", (c) => c.notNull())
    .addColumn("abstract_raw", "text", (c) => c.notNull())
    .addColumn("arxiv_id", "text")
    .addColumn("url", "text")
    .addColumn("published", "text")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("claims_hash", "text", (c) => c.notNull())
    .addColumn("extractor_version", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("papers_published").on("papers").column("published").execute();

  for (const table of ["models", "benchmarks"] as const) {
    await addIdColumn(db, db.schema.createTable(table))
      .addColumn("key", "text", (c) => c.notNull().unique())
      .addColumn("name", "text", (c) => c.notNull())
      .execute();
  }

  await db.schema
    .createTable("benchmark_metrics")
    .addColumn("benchmark_id", "integer", (c) => c.notNull().references("benchmarks.id").onDelete("cascade"))
    .addColumn("metric", "text", (c) => c.notNull())
    .addColumn("higher_is_better", "integer")
    .addPrimaryKeyConstraint("benchmark_metrics_pk", ["benchmark_id", "metric"])
    .execute();

  await db.schema
    .createTable("aliases")
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('model', 'benchmark')`))
    .addColumn("alias", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("aliases_pk", ["kind", "alias"])
    .execute();
  await db.schema.createIndex("aliases_key").on("aliases").columns(["kind", "key"]).execute();

  await addIdColumn(db, db.schema.createTable("claims"))
    .addColumn("paper_id", "integer", (c) => c.notNull().references("papers.id").onDelete("cascade"))
    .addColumn("ordinal", "integer", (c) => c.notNull())
    .addColumn("model_id", "integer", (c) => c.notNull().references("models.id"))
    .addColumn("benchmark_id", "integer", (c) => c.references("benchmarks.id"))
    .addColumn("model_raw", "text", (c) => c.notNull())
    .addColumn("benchmark_raw", "text")
    .addColumn("metric", "text")
    .addColumn("metric_key", "text", (c) => c.notNull())
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('score', 'delta', 'speedup', 'bound')`))
    .addColumn("higher_is_better", "integer")
    .addColumn("self_reported", "integer", (c) => c.notNull())
    .addColumn("evidence", "text", (c) => c.notNull())
    .addColumn("start", "integer", (c) => c.notNull())
    .addColumn("end", "integer", (c) => c.notNull())
    .addColumn("value_start", "integer", (c) => c.notNull())
    .addColumn("value_end", "integer", (c) => c.notNull())
    .addColumn("rule", "text", (c) => c.notNull())
    .addColumn("extractor_version", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
    .addUniqueConstraint("claims_paper_ordinal", ["paper_id", "ordinal"])
    .execute();
  // The leaderboard reads scores of one benchmark and metric ordered by value.
  await db.schema
    .createIndex("claims_leaderboard")
    .on("claims")
    .columns(["benchmark_id", "kind", "metric_key", "value"])
    .execute();
  // The all-claims view and API default to ordering by value.
  await db.schema.createIndex("claims_value").on("claims").columns(["value", "id"]).execute();
  await db.schema.createIndex("claims_model").on("claims").columns(["model_id", "kind"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["claims", "aliases", "benchmark_metrics", "benchmarks", "models", "papers"]) {
    await db.schema.dropTable(table).execute();
  }
}
