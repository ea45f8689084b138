/**
 * GET handlers of /api/benchmarks and /api/models: the JSON twin of the index pages, with the same
 * parameters (each page's schema: q, sort, filters, page, per), each item carrying its page's URL,
 * and the total for paging.
 */
import type { Kysely } from "kysely";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { Database } from "@/db/schema";
import { cachedQuery } from "@/db/server";
import { parseParams } from "@/db/views/url-params";
import { badRequest, ok } from "./respond";

type Paged = { q: string; page: number; per: number };
type Filter<Q extends Paged> = Omit<Q, "page" | "per">;

export function serveNameIndex<Q extends Paged, Row extends { slug: string }>(
  name: string,
  params: z.ZodType<Q>,
  list: (db: Kysely<Database>, filter: Filter<Q>, limit: number, offset: number) => Promise<Row[]>,
  count: (db: Kysely<Database>, filter: Filter<Q>) => Promise<number>,
  href: (slug: string) => string,
): (request: NextRequest) => Promise<Response> {
  return async (request) => {
    const parsed = parseParams(params, request.nextUrl.searchParams);
    if (!parsed.ok) return badRequest(parsed.error);
    const { page, per, ...filter } = parsed.data;
    const [items, total] = await Promise.all([
      cachedQuery(`${name}-index`, list, filter, per, (page - 1) * per),
      cachedQuery(`${name}-count`, count, filter),
    ]);
    return ok({ items: items.map((item) => ({ ...item, url: href(item.slug) })), page, per, total });
  };
}
