/**
 * GET handlers of /api/benchmarks and /api/models: the JSON twin of the index pages, with the same
 * parameters (q, sort, page, per), each item carrying its page's URL, and the total for paging.
 */
import type { Kysely } from "kysely";
import type { NextRequest } from "next/server";
import type { Database } from "@/db/schema";
import { cachedQuery } from "@/db/server";
import { type IndexSort, IndexParams, parseParams } from "@/db/views/url-params";
import { badRequest, ok } from "./respond";

type ListFn<Row> = (
  db: Kysely<Database>,
  q: string,
  limit: number,
  offset: number,
  sort: IndexSort,
) => Promise<Row[]>;

export function serveNameIndex<Row extends { slug: string }>(
  name: string,
  list: ListFn<Row>,
  count: (db: Kysely<Database>, q: string) => Promise<number>,
  href: (slug: string) => string,
): (request: NextRequest) => Promise<Response> {
  return async (request) => {
    const parsed = parseParams(IndexParams, request.nextUrl.searchParams);
    if (!parsed.ok) return badRequest(parsed.error);
    const { q, sort, page, per } = parsed.data;
    const [items, total] = await Promise.all([
      cachedQuery(`${name}-index`, list, q, per, (page - 1) * per, sort),
      cachedQuery(`${name}-count`, count, q),
    ]);
    return ok({ items: items.map((item) => ({ ...item, url: href(item.slug) })), page, per, total });
  };
}
