/**
 * Cached pages answered before Next runs: the front server (front-server.ts) calls this for every
 * request, and only a page the proxy already rendered at the current data version (or a 304 for
 * one) is answered here. Everything else, misses included, goes on to Next, whose proxy renders
 * and stores the page: the same keys, the same headers, one store (pageStore).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { gzipSync } from "node:zlib";
import {
  etagOf,
  HSTS,
  isCacheablePage,
  isHttpsRequest,
  matchesEtag,
  PAGE_CACHE_CONTROL,
  pageKey,
  pageStore,
  pathAndQuery,
  RSC_MARK,
} from "./page-cache";

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

/** Answers the request from the page cache and returns true, or returns false and writes nothing. */
export async function serveCached(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const store = pageStore();
  const header = (name: string) => one(req.headers[name]);
  if (header("rsc") !== null) req.headers[RSC_MARK] = "1";
  const target = req.url ?? "";
  // Only origin-form targets ("/path?query"); "//host/x" would parse as another host's "/x".
  if (!store.dataVersion || !target.startsWith("/") || target.startsWith("//")) return false;
  const { pathname, search } = new URL(target, "http://front.invalid");
  if (!isCacheablePage(req.method, pathname, header)) return false;
  const https = isHttpsRequest((req.socket as TLSSocket).encrypted === true, header("x-forwarded-proto"));
  const key = pageKey(await store.dataVersion(), header("host") ?? "", https, pathAndQuery(pathname, search));
  const etag = etagOf(key);
  const fresh: [string, string][] = [
    ["ETag", etag],
    ["Cache-Control", PAGE_CACHE_CONTROL],
    ...(https ? [["Strict-Transport-Security", HSTS] as [string, string]] : []),
  ];
  if (matchesEtag(header("if-none-match"), etag)) {
    res.writeHead(304, fresh).end();
    return true;
  }
  const page = store.pages.get(key);
  if (!page || page.status !== 200) return false;
  const gzip = /\bgzip\b/.test(header("accept-encoding") ?? "");
  const body = gzip ? (page.gzip ??= gzipSync(Buffer.from(page.body))) : Buffer.from(page.body);
  // Next's Vary (the RSC headers) stays, so a CDN never gives a page's HTML for its RSC payload.
  const vary = page.headers.find(([name]) => name === "vary")?.[1] ?? "";
  res.writeHead(200, [
    ...page.headers.filter(([name]) => name !== "vary"),
    ...fresh,
    ["Vary", /accept-encoding/i.test(vary) ? vary : [vary, "Accept-Encoding"].filter(Boolean).join(", ")],
    ...(gzip ? [["Content-Encoding", "gzip"] as [string, string]] : []),
    ["Content-Length", String(body.byteLength)],
  ]);
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
