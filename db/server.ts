/**
 * The database as pages and route handlers see it: one read-only connection per server process,
 * opened on first use (SQLite by default, PostgreSQL when DATABASE_URL is set), and a cache of
 * query results dropped whenever the data may have changed (see dataVersion in dialect.ts).
 * Only server code may import this.
 */
import "server-only";
import type { Kysely } from "kysely";
import { LRUCache } from "lru-cache";
import { dataVersion, openDatabase, resolveTarget } from "./dialect";
import type { Database } from "./schema";

let db: Kysely<Database> | undefined;

export function getDb(): Kysely<Database> {
  db ??= openDatabase(resolveTarget(), { readonly: true });
  return db;
}

let writer: Kysely<Database> | undefined;

/**
 * The one writable connection, for curation (flags and reviews) only: pages and exports read
 * through getDb(). A write shows on the next read, as SQLite's data version changes with it.
 */
export function getWriteDb(): Kysely<Database> {
  writer ??= openDatabase(resolveTarget());
  return writer;
}

/**
 * A database handle for one CSV export. On SQLite it is a connection of its own, so a slow
 * download holding a read cursor never queues the pages and API behind it (Kysely serialises the
 * queries of one SQLite connection); PostgreSQL's pool already gives it its own connection.
 */
export function openExportDb(): { db: Kysely<Database>; close: () => Promise<void> } {
  const target = resolveTarget();
  if (target.kind === "postgres") return { db: getDb(), close: async () => undefined };
  const own = openDatabase(target, { readonly: true });
  return { db: own, close: () => own.destroy() };
}

/** The data version pages are rendered at: a rendered page is valid while it holds (app/page-cache.ts). */
export function currentDataVersion(): Promise<string> {
  return dataVersion(getDb());
}

const results = new LRUCache<string, { value: unknown }>({ max: 2000 });
let seenVersion: string | undefined;

/** Runs a named query with its arguments once per data version; later calls get the same result. */
export async function cachedQuery<A extends unknown[], T>(
  name: string,
  run: (db: Kysely<Database>, ...args: A) => Promise<T>,
  ...args: A
): Promise<T> {
  const version = await dataVersion(getDb());
  if (version !== seenVersion) {
    results.clear();
    seenVersion = version;
  }
  const key = JSON.stringify([name, ...args]);
  const hit = results.get(key);
  if (hit) return hit.value as T;
  const value = await run(getDb(), ...args);
  results.set(key, { value });
  return value;
}
