/** The number of rows a query would return, without its columns or its order: one helper for every "total". */
import { sql, type SelectQueryBuilder } from "kysely";

export async function countOf<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
): Promise<number> {
  const row = (await query
    .clearSelect()
    .clearOrderBy()
    .select(sql<number>`count(*)`.as("n"))
    .executeTakeFirstOrThrow()) as { n: number | string };
  // count(*) is a number on SQLite and a string (int8) on PostgreSQL.
  return Number(row.n);
}

/** How many different models a query's rows hold. */
export async function countModelsOf<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
): Promise<number> {
  const row = (await query
    .clearSelect()
    .clearOrderBy()
    .select(sql<number>`count(distinct claims.model_id)`.as("n"))
    .executeTakeFirstOrThrow()) as { n: number | string };
  return Number(row.n);
}
