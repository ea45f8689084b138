/**
 * Where absolute links (CSV, feeds) point: CLAIMBOARD_PUBLIC_URL when set (behind a proxy), else the
 * host this request asked for (Next's own origin may say "localhost" behind any address).
 */
import type { NextRequest } from "next/server";
import { z } from "zod";

export function publicBase(request: NextRequest): string {
  const configured = z.url({ protocol: /^https?$/ }).safeParse(process.env.CLAIMBOARD_PUBLIC_URL);
  if (configured.success) return configured.data.replace(/\/+$/, "");
  const host = request.headers.get("host");
  return host && /^[\w.-]+(?::\d+)?$/.test(host)
    ? `${request.nextUrl.protocol}//${host}`
    : request.nextUrl.origin;
}
