/**
 * The update half of an upsert, "ON CONFLICT (...) DO UPDATE SET c = excluded.c" for each named
 * column: the incoming row wins. SQLite and PostgreSQL both spell it this way.
 */
import { sql, type RawBuilder } from "kysely";

export function takeIncoming<C extends string>(columns: readonly C[]): Record<C, RawBuilder<never>> {
  return Object.fromEntries(columns.map((c) => [c, sql.ref<never>(`excluded.${c}`)])) as Record<
    C,
    RawBuilder<never>
  >;
}
