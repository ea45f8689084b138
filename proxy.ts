/**
 * Runs before every page and API request: a fresh nonce per request for a Content-Security-Policy
 * without 'unsafe-inline' for scripts (Next puts the nonce on its own inline scripts when it finds
 * it in the request's policy), and Strict-Transport-Security when the request came over https
 * (X-Forwarded-Proto is believed only with CLAIMBOARD_TRUST_PROXY=1, when a proxy of ours sets it).
 */
import { NextResponse, type NextRequest } from "next/server";
import { decodeSlug } from "@/db/views/url-params";

/** The one place other sites may frame: the compact leaderboards under /embed/. */
const EMBEDDABLE = /^\/embed\//;

function policy(nonce: string, embeddable = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // Styles keep 'unsafe-inline': React's style attributes (chart sizes) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    embeddable ? "frame-ancestors *" : "frame-ancestors 'none'",
  ].join("; ");
}

function isHttps(request: NextRequest): boolean {
  if (request.nextUrl.protocol === "https:") return true;
  return (
    process.env.CLAIMBOARD_TRUST_PROXY === "1" &&
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
  );
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const embeddable = EMBEDDABLE.test(request.nextUrl.pathname);
  const csp = policy(nonce, embeddable);
  // A path Next cannot percent-decode ("/models/%FF%FE") would get its bare 500: answer a 400 here.
  if (decodeSlug(request.nextUrl.pathname) === null) {
    return new NextResponse("Bad request: the path is not valid percent-encoded UTF-8.\n", {
      status: 400,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Security-Policy": csp,
        "X-Frame-Options": "DENY",
      },
    });
  }
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  // Old browsers read only X-Frame-Options, which cannot say "anyone": embeds go without it.
  if (!embeddable) response.headers.set("X-Frame-Options", "DENY");
  if (isHttps(request))
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  // Static build files and the icon carry no inline script; everything else gets the policy.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
