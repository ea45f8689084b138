/**
 * Curator sign-in without accounts: one secret from the environment (CLAIMBOARD_CURATOR_TOKEN).
 * Without it curation is off and its routes answer 404. A signed-in curator holds a cookie with
 * their name and an expiry, signed with a key derived from the secret (so changing the secret
 * signs everyone out); it is httpOnly, SameSite=Strict, and Secure over https.
 */
import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";

export const SESSION_COOKIE = "cb_session";
export const SESSION_SECONDS = 8 * 3600;

const token = () => process.env.CLAIMBOARD_CURATOR_TOKEN || null;
export const curationEnabled = () => token() !== null;

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Constant-time: both sides are hashed to the same length first. */
export function tokenMatches(given: string): boolean {
  const secret = token();
  return secret !== null && timingSafeEqual(digest(given), digest(secret));
}

const sign = (payload: string) =>
  createHmac(
    "sha256",
    createHmac("sha256", token() ?? "")
      .update("claimboard session v1")
      .digest(),
  )
    .update(payload)
    .digest("base64url");

export function makeSession(curator: string, nowMs: number): string {
  const payload = Buffer.from(JSON.stringify({ c: curator, exp: nowMs + SESSION_SECONDS * 1000 })).toString(
    "base64url",
  );
  return `${payload}.${sign(payload)}`;
}

/** The signed-in curator's name, or null (no cookie, a bad signature, expired, or curation off). */
export function readSession(value: string | undefined, nowMs: number): string | null {
  if (!curationEnabled() || !value) return null;
  const [payload, signature] = value.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { c, exp } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
      c: string;
      exp: number;
    };
    return typeof c === "string" && typeof exp === "number" && exp > nowMs ? c : null;
  } catch {
    return null;
  }
}

export function isHttps(request: NextRequest): boolean {
  if (request.nextUrl.protocol === "https:") return true;
  return (
    process.env.CLAIMBOARD_TRUST_PROXY === "1" &&
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
  );
}

export function sessionCookie(value: string, request: NextRequest, maxAge = SESSION_SECONDS): string {
  const secure = isHttps(request) ? "; Secure" : "";
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`;
}

/** CSRF: a write must come from a page of this site (the Origin header browsers send with POST). */
export function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  const trusted = process.env.CLAIMBOARD_TRUST_PROXY === "1";
  const host = (trusted && request.headers.get("x-forwarded-host")) || request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function curatorOf(request: NextRequest): string | null {
  return readSession(request.cookies.get(SESSION_COOKIE)?.value, Date.now());
}

/** The curator signed in on this page request, or null. */
export async function currentCurator(): Promise<string | null> {
  return readSession((await cookies()).get(SESSION_COOKIE)?.value, Date.now());
}
