/**
 * POST /api/flags {claim, reason, note}: a reader reports a wrong claim. No account; rate-limited
 * per client (429 with Retry-After); a filled honeypot field is thanked and dropped.
 */
import type { NextRequest } from "next/server";
import { z } from "zod";
import { FlagInput } from "@/db/curation/inputs";
import { flagClaim } from "@/db/curation/record";
import { getWriteDb } from "@/db/server";
import { flagClient } from "@/app/review/limits";
import { sameOrigin } from "@/app/review/session";
import { badRequest, notFound } from "../respond";

export async function POST(request: NextRequest): Promise<Response> {
  if (!sameOrigin(request)) return Response.json({ error: "cross-origin request refused" }, { status: 403 });
  const body: unknown = await request.json().catch(() => undefined);
  if (body === undefined) return badRequest("the body must be JSON: {claim, reason, note}");
  const parsed = FlagInput.safeParse(body);
  if (!parsed.success) return badRequest(parsed.error.issues[0]?.message ?? z.prettifyError(parsed.error));
  if (parsed.data.website) return Response.json({ ok: true });
  const client = flagClient(request);
  const result = await flagClaim(
    getWriteDb(),
    parsed.data.claim,
    parsed.data,
    client.key,
    new Date().toISOString(),
  );
  const headers: HeadersInit = client.setCookie ? { "Set-Cookie": client.setCookie } : {};
  if ("missing" in result) return notFound(`no claim ${parsed.data.claim}`);
  if ("refused" in result)
    return Response.json(
      { error: result.refused },
      { status: 429, headers: { ...headers, "Retry-After": "3600" } },
    );
  return Response.json({ ok: true }, { headers });
}
