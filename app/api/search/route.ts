/** GET /api/search?q=&limit=: models, benchmarks and papers matching q, for type-ahead and scripts. */
import type { NextRequest } from "next/server";
import { searchAll } from "@/db/queries/search";
import { cachedQuery } from "@/db/server";
import { parseParams, SearchParams } from "@/db/views/url-params";
import { benchmarkHref, modelHref, paperHref } from "@/components/routes";
import { badRequest, ok } from "../respond";

export async function GET(request: NextRequest): Promise<Response> {
  const parsed = parseParams(SearchParams, request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.error);
  const found = await cachedQuery("search", searchAll, parsed.data.q, 5);
  return ok({
    q: parsed.data.q,
    models: found.models.map((m) => ({ ...m, url: modelHref(m.slug) })),
    benchmarks: found.benchmarks.map((b) => ({ ...b, url: benchmarkHref(b.slug) })),
    papers: found.papers.map((p) => ({ ...p, url: paperHref(p.id) })),
  });
}
