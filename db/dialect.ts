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
  type CompiledQuery,
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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  sqliteHandles.set(db, sqlite);
  return db;
}

const sqliteHandles = new WeakMap<Kysely<Database>, BetterSqlite3.Database>();

/**
 * A query's rows as arrays, in its column order, straight from SQLite (better-sqlite3's raw mode:
 * no object per row, the largest cost of a full-table export). Null on PostgreSQL. The connection
 * is busy until the rows are read or the iterator is returned: use a connection of its own.
 */
export function iterateRaw(
  db: Kysely<Database>,
  query: CompiledQuery,
): { columns: string[]; rows: IterableIterator<unknown[]> } | null {
  const handle = sqliteHandles.get(db);
  if (!handle) return null;
  const statement = handle.prepare(query.sql).raw(true);
  return {
    columns: statement.columns().map((c) => c.name),
    rows: statement.iterate(...(query.parameters as unknown[])) as IterableIterator<unknown[]>,
  };
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

/**
 * Full-text search over papers' titles and abstracts: an FTS5 index kept in step by triggers on
 * SQLite, a stored tsvector with a GIN index on PostgreSQL. Both split words the same way (letters
 * and digits, no stemming), so a query finds the same papers on either.
 */
export async function createPaperSearch(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table papers add column search tsvector generated always as
      (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(abstract, ''))) stored`.execute(db);
    await sql`create index papers_search on papers using gin (search)`.execute(db);
    return;
  }
  await sql`create virtual table papers_fts using fts5(title, abstract, content='papers',
    content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql`create trigger papers_fts_insert after insert on papers begin
    insert into papers_fts(rowid, title, abstract) values (new.id, new.title, new.abstract); end`.execute(db);
  await sql`create trigger papers_fts_delete after delete on papers begin
    insert into papers_fts(papers_fts, rowid, title, abstract) values ('delete', old.id, old.title, old.abstract); end`.execute(
    db,
  );
  await sql`create trigger papers_fts_update after update of title, abstract on papers begin
    insert into papers_fts(papers_fts, rowid, title, abstract) values ('delete', old.id, old.title, old.abstract);
    insert into papers_fts(rowid, title, abstract) values (new.id, new.title, new.abstract); end`.execute(db);
  await sql`insert into papers_fts(papers_fts) values ('rebuild')`.execute(db);
}

export async function dropPaperSearch(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table papers drop column search`.execute(db);
    return;
  }
  for (const trigger of ["papers_fts_insert", "papers_fts_delete", "papers_fts_update"])
    await sql`drop trigger if exists ${sql.id(trigger)}`.execute(db);
  await sql`drop table if exists papers_fts`.execute(db);
}

/** The words of a search as the index splits them: letters and digits, at most eight. */
export function searchWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/**
 * Ids of papers whose title (or, unless titleOnly, abstract) holds every word of q, the last one as
 * a prefix (the query is typed as one reads it), newest added first. Words are letters and digits
 * only, so nothing the user types reaches the index's query syntax.
 */
export async function searchPaperIds(
  db: Kysely<Database>,
  q: string,
  limit: number,
  titleOnly = false,
): Promise<number[]> {
  const words = searchWords(q);
  if (words.length === 0) return [];
  if (isPostgres(db)) {
    const query = words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(" & ");
    const column = titleOnly ? sql`to_tsvector('simple', title)` : sql`search`;
    const { rows } = await sql<{ id: number }>`select id from papers
      where ${column} @@ to_tsquery('simple', ${query}) order by id desc limit ${limit}`.execute(db);
    return rows.map((r) => r.id);
  }
  const terms = words.map((w, i) => `"${w}"${i === words.length - 1 ? "*" : ""}`).join(" ");
  const match = titleOnly ? `title : (${terms})` : terms;
  const { rows } = await sql<{ id: number }>`select rowid as id from papers_fts
    where papers_fts match ${match} order by rowid desc limit ${limit}`.execute(db);
  return rows.map((r) => r.id);
}
