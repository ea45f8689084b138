/**
 * What /benchmarks and /models share: a named thing listed by claims or name, filtered by a name, paged.
 * Each page states its spec (queries, columns, words); this renders it, so the two cannot drift apart.
 */
import type { Kysely } from "kysely";
import type { Database } from "@/db/schema";
import { cachedQuery } from "@/db/server";
import { INDEX_SORTS, type IndexSort, IndexParams, parseParams, toUrlParams } from "@/db/views/url-params";
import { IndexFilter } from "@/components/IndexFilter";
import { type IndexColumn, IndexPage } from "@/components/IndexTable";
import { pageWithin } from "@/components/Pager";

export type NameIndexSpec<Row> = {
  path: string;
  title: string;
  filterLabel: string;
  noun: string;
  list: (db: Kysely<Database>, q: string, limit: number, offset: number, sort: IndexSort) => Promise<Row[]>;
  count: (db: Kysely<Database>, q: string) => Promise<number>;
  columns: IndexColumn<Row>[];
  rowKey: (row: Row) => string;
};

export async function NameIndex<Row>({
  spec,
  searchParams,
}: {
  spec: NameIndexSpec<Row>;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const parsed = parseParams(IndexParams, searchParams);
  const query = parsed.ok ? parsed.data : IndexParams.parse({});
  const offset = (query.page - 1) * query.per;
  const [rows, total] = await Promise.all([
    cachedQuery(`${spec.path}-index`, spec.list, query.q, query.per, offset, query.sort),
    cachedQuery(`${spec.path}-count`, spec.count, query.q),
  ]);
  const paging = pageWithin(spec.path, toUrlParams(IndexParams, query), query, total);
  const filter = (
    <IndexFilter
      action={spec.path}
      q={query.q}
      sort={query.sort}
      sorts={INDEX_SORTS}
      label={spec.filterLabel}
    />
  );
  return (
    <IndexPage
      title={spec.title}
      error={parsed.ok ? undefined : parsed.error}
      filter={filter}
      caption={`${total.toLocaleString("en-US")} ${spec.noun}`}
      columns={spec.columns}
      rows={rows}
      rowKey={spec.rowKey}
      paging={paging}
    />
  );
}
