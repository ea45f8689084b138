/**
 * The feeds of one benchmark or model: /feeds/benchmarks/coco.xml. The slug comes from the URL, so it
 * is decoded and checked like a page's, and a name that is not there answers 404 in plain words.
 */
import type { NextRequest } from "next/server";
import type { Kysely } from "kysely";
import type { Database } from "@/db/schema";
import { newestClaims } from "@/db/queries/feed";
import { lastUpdated } from "@/db/queries/freshness";
import { cachedQuery } from "@/db/server";
import { slugWithExtension } from "@/app/text-out";
import { publicBase } from "@/app/public-url";
import { notFound } from "@/app/api/respond";
import { atomFeed } from "./atom";

type Found = { id: number; slug: string; name: string } | undefined;

export function scopedFeed(
  kind: "benchmark" | "model",
  find: (db: Kysely<Database>, slug: string) => Promise<Found>,
  pagePath: (slug: string) => string,
) {
  return async (request: NextRequest, { params }: { params: Promise<{ slug: string }> }) => {
    const raw = (await params).slug;
    const slug = slugWithExtension(raw, ".xml");
    if (slug === null) return notFound(`a ${kind} feed is /feeds/${kind}s/SLUG.xml`);
    const found = await cachedQuery(`feed-find-${kind}`, find, slug);
    if (!found) return notFound(`no ${kind} "${slug}"`);
    const scope = kind === "benchmark" ? { benchmarkId: found.id } : { modelId: found.id };
    const [claims, updated] = await Promise.all([
      cachedQuery(`feed-${kind}`, newestClaims, scope),
      cachedQuery("last-updated", lastUpdated),
    ]);
    return atomFeed({
      title: `Claimboard: newest claims ${kind === "benchmark" ? "on" : "of"} ${found.name}`,
      feedPath: `/feeds/${kind}s/${encodeURIComponent(found.slug)}.xml`,
      pagePath: pagePath(found.slug),
      base: publicBase(request),
      updated,
      claims,
    });
  };
}
