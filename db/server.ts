/**
 * The database as pages and route handlers see it: one read-only connection per server process,
 * opened on first use. Only server code may import this module.
 */
import "server-only";
import type { Kysely } from "kysely";
import { openDb, resolveDbPath } from "./connection";
import type { Database } from "./schema";

let db: Kysely<Database> | undefined;

export function getDb(): Kysely<Database> {
  db ??= openDb(resolveDbPath(), { readonly: true });
  return db;
}
