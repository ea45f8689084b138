/** The number of rows (or of models) a query would return, without its columns or its order: one helper for every "total". */
import { sql, type RawBuilder, type SelectQueryBuilder } from "kysely";

async function countBy<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  counted: RawBuilder<number>,
): Promise<number> {
  const row = (await query
    .clearSelect()
    .clearOrderBy()
    .select(counted.as("n"))
    .executeTakeFirstOrThrow()) as { n: number | string };
  // count(*) is a number on SQLite and a string (int8) on PostgreSQL.
  return Number(row.n);
}

export function countOf<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): Promise<number> {
  return countBy(query, sql<number>`count(*)`);
}

/** How many different models a claims query's rows hold. */
export function countModelsOf<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
): Promise<number> {
  return countBy(query, sql<number>`count(distinct claims.model_id)`);
}
