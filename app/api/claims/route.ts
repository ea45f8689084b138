/** GET /api/claims: claims as JSON, with the /claims page's filters, sort and pagination. */
import type { NextRequest } from "next/server";
import { listClaims } from "@/db/queries/claims";
import { cachedQuery } from "@/db/server";
import { ClaimsParams, parseParams } from "@/db/views/url-params";
import { badRequest, ok } from "../respond";

export async function GET(request: NextRequest): Promise<Response> {
  const parsed = parseParams(ClaimsParams, request.nextUrl.searchParams);
  if (!parsed.ok) return badRequest(parsed.error);
  const page = await cachedQuery("claims", listClaims, parsed.data);
  return ok({ items: page.rows, page: parsed.data.page, per: parsed.data.per, total: page.total });
}
