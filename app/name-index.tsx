/**
 * What /benchmarks and /models share: a named thing listed by a sort, narrowed by a name and the
 * page's own selects, paged. Each page states its spec (schema, sorts, selects, queries, columns);
 * this renders it, so the two cannot drift apart.
 */
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Database } from "@/db/schema";
import { cachedQuery } from "@/db/server";
import { parseParams, toUrlParams } from "@/db/views/url-params";
import { IndexFilter, type IndexSelect } from "@/components/IndexFilter";
import { type IndexColumn, IndexPage } from "@/components/IndexTable";
import { pageWithin } from "@/components/Pager";

type Paged = { q: string; page: number; per: number; sort: string };
type Filter<Q extends Paged> = Omit<Q, "page" | "per">;

export type NameIndexSpec<Q extends Paged, Row> = {
  path: string;
  title: string;
  filterLabel: string;
  noun: string;
  params: z.ZodObject & z.ZodType<Q>;
  /** The sort menu: URL value to the words shown. */
  sorts: Readonly<Record<Q["sort"], string>>;
  /** The page's own selects beside the sort, given the query and the database (options are data). */
  selects: (db: Kysely<Database>, query: Q) => Promise<IndexSelect[]>;
  list: (db: Kysely<Database>, filter: Filter<Q>, limit: number, offset: number) => Promise<Row[]>;
  count: (db: Kysely<Database>, filter: Filter<Q>) => Promise<number>;
  columns: IndexColumn<Row>[];
  rowKey: (row: Row) => string;
};

export async function NameIndex<Q extends Paged, Row>({
  spec,
  searchParams,
}: {
  spec: NameIndexSpec<Q, Row>;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const parsed = parseParams(spec.params, searchParams);
  const query: Q = parsed.ok ? parsed.data : spec.params.parse({});
  const { page, per, ...filter } = query;
  const [rows, total, selects] = await Promise.all([
    cachedQuery(`${spec.path}-index`, spec.list, filter, per, (page - 1) * per),
    cachedQuery(`${spec.path}-count`, spec.count, filter),
    cachedQuery(`${spec.path}-selects`, spec.selects, query),
  ]);
  const paging = pageWithin(spec.path, toUrlParams(spec.params, query), query, total);
  const sortSelect: IndexSelect = {
    name: "sort",
    label: "Sort",
    value: query.sort,
    options: Object.entries<string>(spec.sorts).map(([value, label]) => ({ value, label })),
  };
  return (
    <IndexPage
      title={spec.title}
      error={parsed.ok ? undefined : parsed.error}
      filter={
        <IndexFilter
          action={spec.path}
          q={query.q}
          label={spec.filterLabel}
          selects={[sortSelect, ...selects]}
        />
      }
      caption={`${total.toLocaleString("en-US")} ${spec.noun}`}
      columns={spec.columns}
      rows={rows}
      rowKey={spec.rowKey}
      paging={paging}
    />
  );
}
