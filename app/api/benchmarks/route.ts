/** GET /api/benchmarks?q=&page=&per=: benchmarks with claim counts and leaders; each carries its page's slug. */
import type { NextRequest } from "next/server";
import { countBenchmarks, listBenchmarks } from "../../../db/queries/benchmarks";
import { getDb } from "../../../db/server";
import { ListParams, parseParams } from "../../../db/views/params";
import { badRequest, ok } from "../respond";

export async function GET(request: NextRequest): Promise<Response> {
  const parsed = parseParams(ListParams, request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.error);
  const { q, page, per } = parsed.data;
  const db = getDb();
  const items = await listBenchmarks(db, q, per, (page - 1) * per);
  return ok({ items: items.map((b) => ({ ...b, url: `/benchmarks/${encodeURIComponent(b.slug)}` })), page, per, total: await countBenchmarks(db, q) });
}
