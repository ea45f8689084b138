/**
 * Where absolute links (CSV, feeds, embed snippets) point: CLAIMBOARD_PUBLIC_URL when set (behind a
 * proxy), else the host this request asked for (Next's own origin may say "localhost" behind any address).
 */
import { headers } from "next/headers";
import type { NextRequest } from "next/server";
import { z } from "zod";

const HOST = /^[\w.-]+(?::\d+)?$/;

/** CLAIMBOARD_PUBLIC_URL when it is an http(s) URL, without a trailing slash; else null. */
export function configuredPublicUrl(): string | null {
  const parsed = z.url({ protocol: /^https?$/ }).safeParse(process.env.CLAIMBOARD_PUBLIC_URL);
  return parsed.success ? parsed.data.replace(/\/+$/, "") : null;
}

export function publicBase(request: NextRequest): string {
  const host = request.headers.get("host");
  return (
    configuredPublicUrl() ??
    (host && HOST.test(host) ? `${request.nextUrl.protocol}//${host}` : request.nextUrl.origin)
  );
}

/** The same for a page, which has the request's headers but not its URL. */
export async function publicBaseOfPage(): Promise<string> {
  const own = configuredPublicUrl();
  if (own) return own;
  const h = await headers();
  const host = h.get("host");
  const https =
    process.env.CLAIMBOARD_TRUST_PROXY === "1" &&
    h.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  return host && HOST.test(host) ? `${https ? "https" : "http"}://${host}` : "http://localhost:3000";
}
