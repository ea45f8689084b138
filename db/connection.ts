/** Opens the SQLite database through Kysely and brings its schema up to date. */
import BetterSqlite3 from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Kysely, Migrator, SqliteDialect, type Migration } from "kysely";
import * as init from "./migrations/0001-init";
import type { Database } from "./schema";

/** The embedded default; overridden by --db and by the CLAIMBOARD_DB environment variable. */
export const DEFAULT_DB_PATH = "data/claimboard.sqlite";

const MIGRATIONS: Record<string, Migration> = { "0001-init": init };

export function resolveDbPath(explicit?: string): string {
  return resolve(/*turbopackIgnore: true*/ explicit ?? process.env.CLAIMBOARD_DB ?? DEFAULT_DB_PATH);
}

export function openDb(path: string, options: { readonly?: boolean } = {}): Kysely<Database> {
  if (!options.readonly) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) throw new Error(`migration ${failed?.migrationName ?? ""} failed: ${String(error)}`);
}
