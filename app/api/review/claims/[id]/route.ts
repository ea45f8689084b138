/**
 * POST /api/review/claims/[id] {action: verify | reject | correct, ...}: a curator's decision on a
 * claim. Needs a session (401) and a request from this site (403); bad input is a 400 naming the field.
 */
import type { NextRequest } from "next/server";
import { ReviewInput } from "@/db/curation/inputs";
import { reviewClaim } from "@/db/curation/record";
import { getWriteDb } from "@/db/server";
import { wholeNumber } from "@/db/views/url-params";
import { curationEnabled, curatorOf, sameOrigin } from "@/app/review/session";
import { badRequest, notFound } from "../../../respond";

export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  if (!curationEnabled()) return notFound("curation is off");
  const curator = curatorOf(request);
  if (!curator) return Response.json({ error: "sign in at /review/login first" }, { status: 401 });
  if (!sameOrigin(request)) return Response.json({ error: "cross-origin request refused" }, { status: 403 });
  const id = wholeNumber("id", "a claim id (a whole number)").safeParse((await params).id);
  if (!id.success) return badRequest(id.error.issues[0]?.message ?? "bad id");
  const body: unknown = await request.json().catch(() => undefined);
  const parsed = ReviewInput.safeParse(body);
  if (!parsed.success) return badRequest(parsed.error.issues[0]?.message ?? "bad review");
  const result = await reviewClaim(getWriteDb(), id.data, parsed.data, curator, new Date().toISOString());
  return result ? Response.json(result) : notFound(`no claim ${id.data}`);
}
