/** GET /api/papers?from=&to=&page=&per=: papers newest first within a date range, and the total. */
import type { NextRequest } from "next/server";
import { countPapers, listPapers } from "@/db/queries/papers";
import { cachedQuery } from "@/db/server";
import { PaperIndexParams, parseParams } from "@/db/views/url-params";
import { paperHref } from "@/components/routes";
import { badRequest, ok } from "../respond";

export async function GET(request: NextRequest): Promise<Response> {
  const parsed = parseParams(PaperIndexParams, request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.error);
  const { from, to, page, per } = parsed.data;
  const [items, total] = await Promise.all([
    cachedQuery("paper-index", listPapers, { from, to }, per, (page - 1) * per),
    cachedQuery("paper-count", countPapers, { from, to }),
  ]);
  return ok({ items: items.map((p) => ({ ...p, url: paperHref(p.id) })), page, per, total });
}
