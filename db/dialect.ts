/**
 * Everything that differs between SQLite (the embedded default) and PostgreSQL, in one place:
 * where the database is, how to connect, the id column type, and how to tell that data changed.
 */
import BetterSqlite3 from "better-sqlite3";
import { accessSync, constants, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import {
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  sql,
  SqliteDialect,
  type ColumnDefinitionBuilder,
  type CreateTableBuilder,
} from "kysely";
import pg from "pg";
import Cursor from "pg-cursor";
import type { Database } from "./schema";

/** The embedded default; overridden by --db and by the CLAIMBOARD_DB environment variable. */
export const DEFAULT_DB_PATH = "data/claimboard.sqlite";

/** How long a SQLite writer waits for another process's write transaction (one ingest batch) to end. */
export const WRITE_LOCK_TIMEOUT_MS = 120_000;

export type DbTarget = { kind: "sqlite"; path: string } | { kind: "postgres"; url: string };

const isPostgresUrl = (s: string) => /^postgres(?:ql)?:\/\//i.test(s);

/** --db (a path or a postgres:// URL), else DATABASE_URL (PostgreSQL), else CLAIMBOARD_DB, else the default file. */
export function resolveTarget(explicit?: string): DbTarget {
  // An empty variable counts as unset (shells and process managers often export VAR="").
  const chosen = explicit || process.env.DATABASE_URL || process.env.CLAIMBOARD_DB || DEFAULT_DB_PATH;
  return isPostgresUrl(chosen)
    ? { kind: "postgres", url: chosen }
    : { kind: "sqlite", path: resolve(/*turbopackIgnore: true*/ chosen) };
}

export function describeTarget(target: DbTarget): string {
  return target.kind === "sqlite" ? target.path : target.url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

export function openDatabase(target: DbTarget, options: { readonly?: boolean } = {}): Kysely<Database> {
  if (target.kind === "postgres") {
    // int8 (count(*)) arrives as a string from pg; every caller converts it with Number().
    const pool = new pg.Pool({ connectionString: target.url, max: Number(process.env.PG_POOL_MAX ?? 10) });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) });
  }
  if (!options.readonly) ensureDirectory(dirname(target.path));
  const sqlite = new BetterSqlite3(target.path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    timeout: WRITE_LOCK_TIMEOUT_MS,
  });
  if (!options.readonly) {
    sqlite.pragma("journal_mode = WAL");
    // With WAL, NORMAL never corrupts the database and keeps every commit a crash of the process
    // survives; only an OS crash or power loss can undo the last commits. One fsync per checkpoint,
    // not per batch.
    sqlite.pragma("synchronous = NORMAL");
  }
  sqlite.pragma("foreign_keys = ON");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/**
 * Creates the database's directory one level at a time, failing fast with the path and the reason.
 * (mkdirSync's recursive mode never returns on some virtual file systems: `--db /proc/nope/x.sqlite`.)
 */
function ensureDirectory(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  for (; !exists(at); at = dirname(at)) {
    if (dirname(at) === at) break;
    missing.unshift(at);
  }
  if (exists(at) && !statSync(at).isDirectory())
    throw new Error(`cannot use ${dir} for the database: ${at} is not a directory`);
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      throw new Error(
        `cannot create the database directory ${level} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        { cause: error },
      );
    }
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new Error(`cannot write to the database directory ${dir}`);
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: only the adapter is read
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An auto-numbered primary key: INTEGER AUTOINCREMENT on SQLite, an identity column on PostgreSQL. */
export function addIdColumn<T extends string>(
  db: Kysely<unknown>,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, "id"> {
  return isPostgres(db)
    ? table.addColumn("id", "integer", (c: ColumnDefinitionBuilder) =>
        c.primaryKey().generatedByDefaultAsIdentity(),
      )
    : table.addColumn("id", "integer", (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement());
}

/**
 * A token that changes whenever the data may have changed, for caching query results. SQLite
 * says so exactly (data_version moves when another connection commits); PostgreSQL, shared by
 * several app instances, gets a time bucket, so a cached result is at most CACHE_SECONDS old.
 */
export const CACHE_SECONDS = 10;

export async function dataVersion(db: Kysely<Database>): Promise<string> {
  if (isPostgres(db)) return `t${Math.floor(Date.now() / (CACHE_SECONDS * 1000))}`;
  const { rows } = await sql<{ data_version: number }>`pragma data_version`.execute(db);
  return `v${rows[0]?.data_version ?? 0}`;
}
