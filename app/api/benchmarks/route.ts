/** GET /api/benchmarks?q=&page=&per=: benchmarks with claim counts and leaders; each carries its page's slug. */
import type { NextRequest } from "next/server";
import { countBenchmarks, listBenchmarks } from "@/db/queries/benchmarks";
import { cachedQuery } from "@/db/server";
import { ListParams, parseParams } from "@/db/views/url-params";
import { badRequest, ok } from "../respond";
import { benchmarkHref } from "@/components/routes";

export async function GET(request: NextRequest): Promise<Response> {
  const parsed = parseParams(ListParams, request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.error);
  const { q, page, per } = parsed.data;
  const [items, total] = await Promise.all([
    cachedQuery("benchmarks", listBenchmarks, q, per, (page - 1) * per),
    cachedQuery("benchmark-count", countBenchmarks, q),
  ]);
  return ok({
    items: items.map((b) => ({ ...b, url: benchmarkHref(b.slug) })),
    page,
    per,
    total,
  });
}
