/** Ingest: claims/s through the project's write path, beside raw prepared inserts of the same rows. */
import BetterSqlite3 from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { migrateToLatest, openDb } from "../../db/connection";
import { ingestPapers, preparePaper } from "../../db/ingest";
import { writeBatch, type BatchCounts, type PreparedPaper } from "../../db/write-batch";
import type { PaperInput } from "../../extract/read";

export interface IngestFigures {
  claims: number;
  ingestRate: number;
  rawRate: number;
  /** Abstracts/s from text to rows: extraction in worker threads ahead of the one writer. */
  pipelineRate: number;
  threads: number;
}

const countClaims = (counts: BatchCounts) => Object.values(counts.claims).reduce((a, b) => a + b, 0);

export async function measureIngest(papers: PaperInput[], batchSize = 2000): Promise<IngestFigures> {
  const dir = mkdtempSync(join(tmpdir(), "claimboard-bench-ingest-"));
  try {
    const prepared = papers.map((p) => preparePaper(p)).filter((p): p is PreparedPaper => !("message" in p));
    const db = openDb(join(dir, "ingest.sqlite"));
    await migrateToLatest(db);
    let claims = 0;
    const start = performance.now();
    for (let i = 0; i < prepared.length; i += batchSize)
      claims += countClaims(await writeBatch(db, prepared.slice(i, i + batchSize)));
    const ingestSeconds = (performance.now() - start) / 1000;
    await db.destroy();
    const threads = Math.max(1, availableParallelism() - 1);
    return {
      claims,
      ingestRate: claims / ingestSeconds,
      rawRate: rawInsertRate(join(dir, "ingest.sqlite"), join(dir, "raw.sqlite")),
      pipelineRate: await pipelineRate(join(dir, "pipeline.sqlite"), papers, batchSize, threads),
      threads,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run ingest`'s path from abstracts to rows, extraction overlapped with writing. */
async function pipelineRate(
  path: string,
  papers: PaperInput[],
  batchSize: number,
  threads: number,
): Promise<number> {
  const db = openDb(path);
  await migrateToLatest(db);
  const start = performance.now();
  await ingestPapers(db, papers, { batchSize, threads });
  const seconds = (performance.now() - start) / 1000;
  await db.destroy();
  return papers.length / seconds;
}

/**
 * The same claim rows, inserted by a prepared statement in one transaction into the same schema
 * (foreign keys on, the papers, models and benchmarks they point at copied in first, untimed).
 */
function rawInsertRate(source: string, target: string): number {
  const dst = new BetterSqlite3(target);
  dst.pragma("journal_mode = WAL");
  const src = new BetterSqlite3(source, { readonly: true });
  for (const { sql } of src
    .prepare(
      // The full-text index's shadow tables are made by its CREATE VIRTUAL TABLE, never by hand.
      "select sql from sqlite_master where sql is not null and name not like 'sqlite_%' and name not like 'kysely_%' and name not like 'papers_fts_%'",
    )
    .all() as { sql: string }[])
    dst.exec(sql);
  src.close();
  dst.exec(`attach database '${source.replace(/'/g, "''")}' as src`);
  for (const table of ["papers", "models", "benchmarks"])
    dst.exec(`insert into main.${table} select * from src.${table}`);
  const rows = dst.prepare("select * from src.claims").all() as Record<string, unknown>[];
  dst.exec("detach database src");
  const columns = Object.keys(rows[0] ?? {}).filter((c) => c !== "id");
  const insert = dst.prepare(
    `insert into claims (${columns.map((c) => `"${c}"`).join(",")}) values (${columns.map((c) => `@${c}`).join(",")})`,
  );
  const start = performance.now();
  dst.transaction(() => {
    for (const r of rows) insert.run(r);
  })();
  const seconds = (performance.now() - start) / 1000;
  dst.close();
  return rows.length / seconds;
}
