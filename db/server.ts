/**
 * The database as pages and route handlers see it: one read-only connection per server process,
 * opened on first use, and a cache of query results that is dropped whenever the data changes
 * (another process committed: SQLite's data_version moves). Only server code may import this.
 */
import "server-only";
import { sql, type Kysely } from "kysely";
import { LRUCache } from "lru-cache";
import { openDb, resolveDbPath } from "./connection";
import type { Database } from "./schema";

let db: Kysely<Database> | undefined;

export function getDb(): Kysely<Database> {
  db ??= openDb(resolveDbPath(), { readonly: true });
  return db;
}

const results = new LRUCache<string, { value: unknown }>({ max: 2000 });
let seenVersion: number | undefined;

async function dataVersion(): Promise<number> {
  const { rows } = await sql<{ data_version: number }>`pragma data_version`.execute(getDb());
  return Number(rows[0]?.data_version ?? 0);
}

/** Runs a named query with its arguments once per data version; later calls get the same result. */
export async function cachedQuery<A extends unknown[], T>(name: string, run: (db: Kysely<Database>, ...args: A) => Promise<T>, ...args: A): Promise<T> {
  const version = await dataVersion();
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
