/**
 * The same measurements on PostgreSQL, when BENCH_PG names a server: ingest claims/s through the
 * write path, and the leaderboard and /api/claims under load with the generated claims copied in.
 */
import BetterSqlite3 from "better-sqlite3";
import { sql, type Kysely } from "kysely";
import { migrateToLatest } from "../../db/connection";
import { openDatabase } from "../../db/dialect";
import { preparePaper } from "../../db/ingest";
import type { Database } from "../../db/schema";
import { writeBatch, type BatchCounts, type PreparedPaper } from "../../db/write-batch";
import type { PaperInput } from "../../extract/read";
import type { BigDb } from "./big-db";
import { loadUrls, type LoadFigures } from "./measure-pages";

export interface PostgresFigures {
  ingestRate: number;
  claims: number;
  pages: LoadFigures[];
}

function schemaUrl(base: string, schema: string): string {
  const url = new URL(base);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return url.toString();
}

async function freshSchema(base: string, schema: string): Promise<Kysely<Database>> {
  const admin = openDatabase({ kind: "postgres", url: base });
  await sql.raw(`drop schema if exists ${schema} cascade; create schema ${schema}`).execute(admin);
  await admin.destroy();
  const db = openDatabase({ kind: "postgres", url: schemaUrl(base, schema) });
  await migrateToLatest(db);
  return db;
}

const countClaims = (counts: BatchCounts) => Object.values(counts.claims).reduce((a, b) => a + b, 0);

async function ingestRate(base: string, papers: PaperInput[]): Promise<{ rate: number; claims: number }> {
  const prepared = papers.map((p) => preparePaper(p)).filter((p): p is PreparedPaper => !("message" in p));
  const db = await freshSchema(base, "bench_ingest");
  let claims = 0;
  const start = performance.now();
  for (let i = 0; i < prepared.length; i += 2000)
    claims += countClaims(await writeBatch(db, prepared.slice(i, i + 2000)));
  const seconds = (performance.now() - start) / 1000;
  await db.destroy();
  return { rate: claims / seconds, claims };
}

/** Copies the generated SQLite database into a PostgreSQL schema, 1,000 rows a statement. */
async function copyBigDb(base: string, big: BigDb): Promise<string> {
  const db = await freshSchema(base, "bench_pages");
  const src = new BetterSqlite3(big.path, { readonly: true });
  for (const table of ["papers", "models", "benchmarks", "benchmark_metrics", "claims"] as const) {
    let batch: Record<string, unknown>[] = [];
    for (const row of src.prepare(`select * from ${table}`).iterate() as Iterable<Record<string, unknown>>) {
      batch.push(row);
      if (batch.length === 1000) {
        await db
          .insertInto(table)
          .values(batch as never)
          .execute();
        batch = [];
      }
    }
    if (batch.length)
      await db
        .insertInto(table)
        .values(batch as never)
        .execute();
  }
  src.close();
  for (const table of ["papers", "models", "benchmarks", "claims"]) {
    await sql
      .raw(
        `select setval(pg_get_serial_sequence('${table}', 'id'), (select coalesce(max(id), 1) from ${table}))`,
      )
      .execute(db);
  }
  await sql`analyze`.execute(db);
  await db.destroy();
  return schemaUrl(base, "bench_pages");
}

export async function measurePostgres(
  base: string,
  papers: PaperInput[],
  big: BigDb,
  seconds: number,
): Promise<PostgresFigures> {
  const { rate, claims } = await ingestRate(base, papers);
  const url = await copyBigDb(base, big);
  const pages = await loadUrls(
    { DATABASE_URL: url },
    [
      ["leaderboard (PostgreSQL)", `/benchmarks/${big.topBenchmark}?metric=${big.topMetric}`],
      ["api claims (PostgreSQL)", "/api/claims?per=50"],
    ],
    seconds,
  );
  return { ingestRate: rate, claims, pages };
}
