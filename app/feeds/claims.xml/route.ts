/** GET /feeds/claims.xml: the newest leaderboard claims of every benchmark, as Atom. */
import type { NextRequest } from "next/server";
import { newestClaims } from "@/db/queries/feed";
import { lastUpdated } from "@/db/queries/freshness";
import { cachedQuery } from "@/db/server";
import { publicBase } from "@/app/public-url";
import { atomFeed } from "../atom";

export async function GET(request: NextRequest): Promise<Response> {
  const [claims, updated] = await Promise.all([
    cachedQuery("feed-claims", newestClaims, {}),
    cachedQuery("last-updated", lastUpdated),
  ]);
  return atomFeed({
    title: "Claimboard: newest claims",
    feedPath: "/feeds/claims.xml",
    pagePath: "/claims",
    base: publicBase(request),
    updated,
    claims,
  });
}
