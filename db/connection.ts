/** Opens the database (SQLite or PostgreSQL, see dialect.ts) and brings its schema up to date. */
import { Migrator, sql, type Kysely, type Migration } from "kysely";
import { isPostgres, openDatabase } from "./dialect";
import * as init from "./migrations/0001-init";
import * as trust from "./migrations/0002-trust";
import * as evalFigures from "./migrations/0003-eval-figures";
import * as curation from "./migrations/0004-curation";
import * as aliasMerges from "./migrations/0005-alias-merges";
import * as ingestRuns from "./migrations/0006-ingest-runs";
import * as paperAuthors from "./migrations/0007-paper-authors";
import * as modelSize from "./migrations/0008-model-size";
import * as indexFacets from "./migrations/0009-index-facets";
import * as paperSearch from "./migrations/0010-paper-search";
import * as modelBoardIndex from "./migrations/0011-model-board-index";
import * as modelCellsIndex from "./migrations/0012-model-cells-index";
import type { Database } from "./schema";
import { isBusy } from "./write-transaction";

const MIGRATIONS: Record<string, Migration> = {
  "0001-init": init,
  "0002-trust": trust,
  "0003-eval-figures": evalFigures,
  "0004-curation": curation,
  "0005-alias-merges": aliasMerges,
  "0006-ingest-runs": ingestRuns,
  "0007-paper-authors": paperAuthors,
  "0008-model-size": modelSize,
  "0009-index-facets": indexFacets,
  "0010-paper-search": paperSearch,
  "0011-model-board-index": modelBoardIndex,
  "0012-model-cells-index": modelCellsIndex,
};

/** A SQLite file: the embedded default, test fixtures and benchmarks. */
export function openDb(path: string, options: { readonly?: boolean } = {}): Kysely<Database> {
  return openDatabase({ kind: "sqlite", path }, options);
}

/**
 * Two processes starting on one new file both try to migrate: the loser of SQLite's writer race
 * gets SQLITE_BUSY (a stale read snapshot is not waited for) or finds the tables already made
 * (PostgreSQL: a catalog unique-constraint clash on concurrent CREATE TABLE IF NOT EXISTS),
 * and retries after a pause, when the migration log shows the work done.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await migrateOnce(db);
    } catch (error) {
      if (attempt >= 20 || !(isBusy(error) || lostCreateRace(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** The other process created the table between our read of the migration log and our write. */
function lostCreateRace(error: unknown): boolean {
  return /\balready exists\b|\bduplicate column name\b|unique constraint "pg_\w+"/.test(
    String((error as Error)?.message ?? error),
  );
}

async function migrateOnce(db: Kysely<Database>): Promise<void> {
  // On PostgreSQL the migration bookkeeping lives in the connection's own schema (search_path),
  // so several schemas on one server (tests, staging) never read each other's.
  const schema = isPostgres(db)
    ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
    : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableSchema: schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (isBusy(error) || lostCreateRace(error)) throw error;
  if (error || failed) throw new Error(`migration ${failed?.migrationName ?? ""} failed: ${String(error)}`);
}
