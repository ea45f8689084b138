/**
 * Who a request comes from, for rate limits, and the sign-in attempt limit. Behind a trusted proxy
 * (CLAIMBOARD_TRUST_PROXY=1) the client is its address; otherwise a random first-party cookie,
 * and the database-wide hourly cap on flags bounds what clients without one can do.
 */
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { clientKey } from "@/app/api/export/slots";

export const CLIENT_COOKIE = "cb_client";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const hash = (text: string) =>
  createHash("sha256").update(`claimboard client:${text}`).digest("hex").slice(0, 32);

/** The client's key (hashed: no address or cookie is stored in the clear), and a cookie to set if new. */
export function flagClient(request: NextRequest): { key: string; setCookie?: string } {
  const address = clientKey(request.headers);
  if (address !== "direct") return { key: hash(`ip:${address}`) };
  const cookie = request.cookies.get(CLIENT_COOKIE)?.value;
  if (cookie && UUID.test(cookie)) return { key: hash(`cookie:${cookie}`) };
  const fresh = randomUUID();
  return {
    key: hash(`cookie:${fresh}`),
    setCookie: `${CLIENT_COOKIE}=${fresh}; Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000`,
  };
}

export const LOGIN_ATTEMPTS = 10;
const LOGIN_WINDOW_MS = 15 * 60_000;
const failures = new Map<string, number[]>();

/** Whether this client may try to sign in now: at most LOGIN_ATTEMPTS failures in 15 minutes. */
export function loginAllowed(request: NextRequest, nowMs: number): boolean {
  const key = clientKey(request.headers);
  const recent = (failures.get(key) ?? []).filter((t) => nowMs - t < LOGIN_WINDOW_MS);
  failures.set(key, recent);
  return recent.length < LOGIN_ATTEMPTS;
}

export function recordLoginFailure(request: NextRequest, nowMs: number): void {
  const key = clientKey(request.headers);
  failures.set(key, [...(failures.get(key) ?? []), nowMs]);
}
