/** GET /api/models?q=&page=&per=: models matching a name or alias, most claims first, and the total; each carries its page's slug. */
import type { NextRequest } from "next/server";
import { countModels, listModels } from "@/db/queries/models";
import { cachedQuery } from "@/db/server";
import { ListParams, parseParams } from "@/db/views/url-params";
import { badRequest, ok } from "../respond";
import { modelHref } from "@/components/routes";

export async function GET(request: NextRequest): Promise<Response> {
  const parsed = parseParams(ListParams, request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.error);
  const { q, page, per } = parsed.data;
  const [items, total] = await Promise.all([
    cachedQuery("models", listModels, q, per, (page - 1) * per),
    cachedQuery("model-count", countModels, q),
  ]);
  return ok({ items: items.map((m) => ({ ...m, url: modelHref(m.slug) })), page, per, total });
}
