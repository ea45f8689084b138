/**
 * POST /api/review/login (form: name, token): signs a curator in with the secret from the
 * environment. Wrong tokens are compared in constant time and counted; too many get a 429.
 */
import type { NextRequest } from "next/server";
import { z } from "zod";
import { loginAllowed, recordLoginFailure } from "@/app/review/limits";
import { curationEnabled, makeSession, sameOrigin, sessionCookie, tokenMatches } from "@/app/review/session";

const LoginForm = z.object({
  name: z
    .string({ error: "name is required" })
    .trim()
    .regex(/^[\p{L}\p{N} ._-]{1,40}$/u, {
      error: "name must be 1 to 40 letters, digits, spaces, dots, dashes",
    }),
  token: z.string({ error: "token is required" }).min(1, { error: "token is required" }),
});

const text = (body: string, status: number, headers: HeadersInit = {}) =>
  new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });

export async function POST(request: NextRequest): Promise<Response> {
  if (!curationEnabled()) return text("Not found", 404);
  if (!sameOrigin(request)) return text("cross-origin request refused", 403);
  const now = Date.now();
  if (!loginAllowed(request, now))
    return text("too many sign-in attempts: try again in 15 minutes", 429, { "Retry-After": "900" });
  const form = await request.formData().catch(() => null);
  const parsed = LoginForm.safeParse({
    name: form?.get("name") ?? undefined,
    token: form?.get("token") ?? undefined,
  });
  if (!parsed.success) return text(parsed.error.issues[0]?.message ?? "bad sign-in form", 400);
  if (!tokenMatches(parsed.data.token)) {
    recordLoginFailure(request, now);
    return text("sign-in failed: wrong token", 401);
  }
  return new Response(null, {
    status: 303,
    headers: {
      Location: "/review",
      "Set-Cookie": sessionCookie(makeSession(parsed.data.name, now), request),
    },
  });
}
