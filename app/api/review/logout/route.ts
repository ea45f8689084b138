/** POST /api/review/logout: ends the curator's session. */
import type { NextRequest } from "next/server";
import { curationEnabled, sameOrigin, sessionCookie } from "@/app/review/session";

export async function POST(request: NextRequest): Promise<Response> {
  if (!curationEnabled()) return new Response("Not found\n", { status: 404 });
  if (!sameOrigin(request)) return new Response("cross-origin request refused\n", { status: 403 });
  return new Response(null, {
    status: 303,
    headers: { Location: "/", "Set-Cookie": sessionCookie("", request, 0) },
  });
}
