/**
 * Runs before every page and API request: a fresh nonce per request for a Content-Security-Policy
 * without 'unsafe-inline' for scripts (Next puts the nonce on its own inline scripts when it finds
 * it in the request's policy), and Strict-Transport-Security when the request came over https
 * (X-Forwarded-Proto is believed only with CLAIMBOARD_TRUST_PROXY=1, when a proxy of ours sets it).
 * Public pages are served from the page cache (app/page-cache.ts) while the data version holds.
 */
import { NextResponse, type NextRequest } from "next/server";
import { decodeSlug } from "@/db/views/url-params";
import { currentDataVersion } from "@/db/server";
import {
  cachedPage,
  etagOf,
  HSTS,
  isCacheablePage,
  isRenderRequest,
  matchesEtag,
  isHttpsRequest,
  PAGE_CACHE_CONTROL,
  pageKey,
  pageStore,
  pathAndQuery,
  RENDER_HEADER,
  RENDER_HOST_HEADER,
} from "@/app/page-cache";

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

const isHttps = (request: NextRequest) =>
  isHttpsRequest(request.nextUrl.protocol === "https:", request.headers.get("x-forwarded-proto"));

// The front server answers cached pages before Next runs, and reads the data version from here.
pageStore().dataVersion = currentDataVersion;

export async function proxy(request: NextRequest): Promise<NextResponse> {
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
  const https = isHttps(request);
  const { method, nextUrl } = request;
  if (!isRenderRequest(request) && isCacheablePage(method, nextUrl.pathname, (n) => request.headers.get(n))) {
    const cached = await fromPageCache(request, https).catch(() => null);
    if (cached) return cached;
  }
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  if (isRenderRequest(request)) {
    // The page cache's own render: the page sees the visitor's host, never the secret.
    headers.set("host", request.headers.get(RENDER_HOST_HEADER) || (request.headers.get("host") ?? ""));
    headers.delete(RENDER_HEADER);
    headers.delete(RENDER_HOST_HEADER);
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  // Old browsers read only X-Frame-Options, which cannot say "anyone": embeds go without it.
  if (!embeddable) response.headers.set("X-Frame-Options", "DENY");
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

/**
 * A public page at the current data version: 304 when the browser holds it, else its cached bytes
 * with the policy (and nonce) they were rendered with. A 304 carries no policy: the browser keeps
 * the one stored with the page, whose nonce the page's scripts bear.
 */
async function fromPageCache(request: NextRequest, https: boolean): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl;
  const key = pageKey(
    await currentDataVersion(),
    request.headers.get("host") ?? "",
    https,
    pathAndQuery(pathname, search),
  );
  const etag = etagOf(key);
  const fresh = {
    ETag: etag,
    "Cache-Control": PAGE_CACHE_CONTROL,
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
  if (matchesEtag(request.headers.get("if-none-match"), etag))
    return new NextResponse(null, { status: 304, headers: fresh });
  const page = await cachedPage(key, request, https);
  // A redirect ("page 99 of 12" to the last page) is answered by the render itself, with its Location.
  if (page.status >= 300 && page.status < 400) return null;
  const headers = new Headers(page.headers);
  if (page.status === 200) for (const [name, value] of Object.entries(fresh)) headers.set(name, value);
  return new NextResponse(request.method === "HEAD" ? null : page.body, { status: page.status, headers });
}

export const config = {
  // Static build files and the icon carry no inline script; everything else gets the policy.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
