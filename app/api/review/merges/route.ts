/**
 * POST /api/review/merges {kind, from, into}: a curator merges one model or benchmark (by slug)
 * into another. Form posts get a redirect back to the queue; JSON posts get JSON.
 */
import type { NextRequest } from "next/server";
import { MergeInput } from "@/db/curation/inputs";
import { mergeKeys } from "@/db/curation/merges";
import { getWriteDb } from "@/db/server";
import { curationEnabled, curatorOf, sameOrigin } from "@/app/review/session";
import { badRequest, notFound } from "../../respond";

async function readBody(request: NextRequest): Promise<unknown> {
  if (request.headers.get("content-type")?.includes("application/json"))
    return request.json().catch(() => undefined);
  const form = await request.formData().catch(() => null);
  return form ? Object.fromEntries(form.entries()) : undefined;
}

export async function POST(request: NextRequest): Promise<Response> {
  if (!curationEnabled()) return notFound("curation is off");
  const curator = curatorOf(request);
  if (!curator) return Response.json({ error: "sign in at /review/login first" }, { status: 401 });
  if (!sameOrigin(request)) return Response.json({ error: "cross-origin request refused" }, { status: 403 });
  const parsed = MergeInput.safeParse(await readBody(request));
  if (!parsed.success) return badRequest(parsed.error.issues[0]?.message ?? "bad merge");
  const result = await mergeKeys(getWriteDb(), parsed.data, curator, new Date().toISOString());
  if ("error" in result) return notFound(result.error);
  if (!request.headers.get("content-type")?.includes("application/json"))
    return new Response(null, { status: 303, headers: { Location: "/review?merged=1" } });
  return Response.json(result);
}
