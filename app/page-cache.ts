/**
 * Rendered pages kept per data version. Data changes only when an ingest or a curator commits, so
 * the HTML of a public page for one URL (and host) is valid until the data version moves. proxy.ts
 * answers repeats from here, `If-None-Match` with 304, and renders a miss once, by asking this
 * server for the page with a secret header (concurrent misses of one URL share that render).
 *
 * A cached page carries the script nonce it was rendered with, and is served with that page's own
 * Content-Security-Policy, so every visitor of one data version sees one nonce per page: what any
 * cached page (or CDN copy) does. Output is escaped everywhere, so no injected markup can use it.
 */
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { LRUCache } from "lru-cache";
import type { NextRequest } from "next/server";

/** The header of the cache's own render request; its secret is this process's, so no client can pass for it. */
export const RENDER_HEADER = "x-claimboard-render";
/** The host the visitor asked for, which a page may print (the embed snippet's absolute URL). */
export const RENDER_HOST_HEADER = "x-claimboard-host";
const RENDER_SECRET = randomBytes(24).toString("hex");

/**
 * Next strips the router's RSC headers before the proxy runs, so the front, which sees them,
 * marks such a request for the proxy too: its answer is the RSC payload, never a cached page.
 */
export const RSC_MARK = "x-claimboard-rsc";

/** Public pages that depend only on the URL, the host and the data (never /review or /api). */
const CACHEABLE =
  /^\/(?:$|benchmarks(?:\/|$)|models(?:\/|$)|papers(?:\/|$)|compare$|claims$|about$|search$|embed\/)/;

/** Browsers revalidate every time (a 304 costs no render); a CDN may keep a page 10 s and serve it stale for 60 while it refetches. */
export const PAGE_CACHE_CONTROL =
  "public, max-age=0, must-revalidate, s-maxage=10, stale-while-revalidate=60";

export const HSTS = "max-age=63072000; includeSubDomains";

/** A new build renders differently: its ETags differ from the last build's. */
const BUILD = (() => {
  try {
    return readFileSync(".next/BUILD_ID", "utf8").trim();
  } catch {
    return RENDER_SECRET;
  }
})();

export interface RenderedPage {
  status: number;
  body: ArrayBuffer;
  headers: [string, string][];
  /** The body gzipped, made on the first request that accepts it (app/cache-front.ts). */
  gzip?: Buffer;
}

/**
 * The cache and the data version, on globalThis: the proxy (bundled by Next) fills the cache, and
 * the front server (app/front-server.ts, a module of its own) answers hits from the same store.
 */
interface PageStore {
  pages: LRUCache<string, RenderedPage>;
  /** Set by the proxy on its first request: the front has no database of its own. */
  dataVersion?: () => Promise<string>;
}
const STORE = Symbol.for("claimboard.page-cache");
export function pageStore(): PageStore {
  const holder = globalThis as { [STORE]?: PageStore };
  return (holder[STORE] ??= {
    pages: new LRUCache<string, RenderedPage>({
      maxSize: 64 * 1024 * 1024,
      sizeCalculation: (p) => p.body.byteLength * 2 + 1,
    }),
  });
}
const pages = pageStore().pages;
const inflight = new Map<string, Promise<RenderedPage>>();

const DOCUMENT_DEST = new Set(["", "document", "iframe"]);

export const isRenderRequest = (request: NextRequest) => request.headers.get(RENDER_HEADER) === RENDER_SECRET;

export function isCacheablePage(
  method: string | undefined,
  pathname: string,
  header: (name: string) => string | null,
): boolean {
  return (
    (method === "GET" || method === "HEAD") &&
    CACHEABLE.test(pathname) &&
    // Client-side navigation fetches the RSC payload of the same URL, and Next strips its RSC
    // headers before the proxy runs: a browser's fetch says Sec-Fetch-Dest "empty", a page load
    // "document" (an embed "iframe"); clients that send none (curl, a CDN) load documents. The
    // front sees the RSC headers themselves and leaves those requests to Next.
    DOCUMENT_DEST.has(header("sec-fetch-dest") ?? "") &&
    header("next-action") === null &&
    header("rsc") === null &&
    header(RSC_MARK) === null &&
    header(RENDER_HEADER) === null
  );
}

/** One key per data version, host, scheme and URL (path and query): a page is never served for another URL. */
export function pageKey(version: string, host: string, https: boolean, pathAndQuery: string): string {
  return [version, host, https ? "https" : "http", pathAndQuery].join("\u0000");
}

/**
 * A URL's path and query spelled as Next hands them to the proxy (its query re-serialised:
 * "a,b" as "a%2Cb", "%20" as "+"), so the front's key for a raw URL is the proxy's for the same.
 */
export function pathAndQuery(pathname: string, search: string): string {
  const query = new URLSearchParams(search).toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** https as the client sees it: the socket's, or X-Forwarded-Proto when a proxy of ours is trusted. */
export function isHttpsRequest(direct: boolean, forwardedProto: string | null): boolean {
  return (
    direct ||
    (process.env.CLAIMBOARD_TRUST_PROXY === "1" && forwardedProto?.split(",")[0]?.trim() === "https")
  );
}

export function etagOf(key: string): string {
  return `W/"${createHash("sha256").update(BUILD).update("\u0000").update(key).digest("base64url").slice(0, 27)}"`;
}

/** Whether an If-None-Match header names this ETag (it may list several, or be "*"). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((t) => t.trim() === etag);
}

/** The page for this key: from memory, or rendered once. Only a 200 without cookies is kept. */
export async function cachedPage(key: string, request: NextRequest, https: boolean): Promise<RenderedPage> {
  const hit = pages.get(key);
  if (hit) return hit;
  let pending = inflight.get(key);
  if (!pending) {
    pending = render(request, https).finally(() => inflight.delete(key));
    inflight.set(key, pending);
  }
  const page = await pending;
  if (page.status === 200 && !page.headers.some(([name]) => name === "set-cookie")) pages.set(key, page);
  return page;
}

/** Hop-by-hop and per-response headers: the served response sets its own. */
const NOT_KEPT = new Set([
  "content-encoding",
  "content-length",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "etag",
  "cache-control",
]);

async function render(request: NextRequest, https: boolean): Promise<RenderedPage> {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
  const url = request.nextUrl;
  const response = await fetch(`${origin}${url.pathname}${url.search}`, {
    headers: {
      [RENDER_HEADER]: RENDER_SECRET,
      [RENDER_HOST_HEADER]: request.headers.get("host") ?? "",
      "x-forwarded-proto": https ? "https" : "http",
      "accept-encoding": "identity",
    },
    redirect: "manual",
  });
  return {
    status: response.status,
    body: await response.arrayBuffer(),
    headers: [...response.headers].filter(([name]) => !NOT_KEPT.has(name)),
  };
}
