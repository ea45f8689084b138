/**
 * The one way the write path opens a transaction. On SQLite it is BEGIN IMMEDIATE: the writer lock
 * is taken up front, so two ingests into one file queue for it instead of one failing with
 * "database is locked" when both try to upgrade a read transaction. A writer waits up to
 * WRITE_LOCK_TIMEOUT_MS per batch (stated in the README), saying so once through `onWait`.
 * PostgreSQL's row locks do the same job inside an ordinary transaction.
 */
import { sql, type Kysely } from "kysely";
import { isPostgres, WRITE_LOCK_TIMEOUT_MS } from "./dialect";
import type { Database } from "./schema";

export interface WriteOptions {
  /** Called when another process holds the writer lock and this one starts to wait for it. */
  onWait?: () => void;
}

export async function writeTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  if (isPostgres(db)) return withDeadlockRetry(() => db.transaction().execute(work));
  return db.connection().execute(async (conn) => {
    await beginImmediate(conn, options);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      // SQLite has already rolled back after some errors (a full disk): the original error is the news.
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

/** Tries the lock at once; if another writer has it, says so and waits with the stated timeout. */
async function beginImmediate(conn: Kysely<Database>, options: WriteOptions): Promise<void> {
  await sql.raw("pragma busy_timeout = 0").execute(conn);
  try {
    await sql`begin immediate`.execute(conn);
    return;
  } catch (error) {
    if (!isBusy(error)) throw error;
  } finally {
    await sql.raw(`pragma busy_timeout = ${WRITE_LOCK_TIMEOUT_MS}`).execute(conn);
  }
  options.onWait?.();
  await sql`begin immediate`.execute(conn);
}

/**
 * Two ingests upserting the same models in different orders can deadlock on PostgreSQL; the
 * server aborts one transaction (40P01), which is retried whole, a few times.
 */
async function withDeadlockRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const code = (error as { code?: unknown })?.code;
      if (attempt >= 5 || (code !== "40P01" && code !== "40001")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}
