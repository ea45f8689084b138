/**
 * Link preview images (Open Graph, Twitter cards): a leaderboard's or a model's top five, drawn by
 * next/og. An image changes only when the data does, so it is sent with an ETag of the data version
 * and the path, a repeat answers 304 without drawing, and proxies may keep it for five minutes.
 */
import { createHash } from "node:crypto";
import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import { dataVersion } from "@/db/dialect";
import { lastUpdated } from "@/db/queries/freshness";
import { cachedQuery, getDb } from "@/db/server";
import { slugWithExtension } from "@/app/text-out";
import { notFound } from "@/app/api/respond";

export interface PreviewRow {
  label: string;
  value: string;
  /** 0-1: the bar's length, or null for a plain list (values on different metrics). */
  share: number | null;
}

export interface Preview {
  kind: string;
  title: string;
  subtitle: string;
  rows: PreviewRow[];
}

const CACHE = "public, max-age=0, s-maxage=300, stale-while-revalidate=600";

/** A GET handler for /og/<kind>s/SLUG.png that draws what `load` says, or 404s in words. */
export function previewRoute(kind: string, load: (slug: string) => Promise<Preview | null>) {
  return async (request: NextRequest, { params }: { params: Promise<{ slug: string }> }) => {
    const raw = (await params).slug;
    const slug = slugWithExtension(raw, ".png");
    if (slug === null) return notFound(`a ${kind} preview is /og/${kind}s/SLUG.png`);
    const version = `${await dataVersion(getDb())}|${await cachedQuery("last-updated", lastUpdated)}`;
    const etag = `"${createHash("sha256").update(`${version}|${request.nextUrl.pathname}`).digest("hex").slice(0, 32)}"`;
    if (request.headers.get("if-none-match") === etag)
      return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": CACHE } });
    const preview = await load(slug);
    if (!preview) return notFound(`no ${kind} "${slug}"`);
    const image = new ImageResponse(<PreviewImage {...preview} />, { width: 1200, height: 630 });
    image.headers.set("ETag", etag);
    image.headers.set("Cache-Control", CACHE);
    return image;
  };
}

function PreviewImage({ kind, title, subtitle, rows }: Preview) {
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: "100%",
        height: "100%",
        padding: 56,
        background: "#ffffff",
        color: "#1b1f24",
        fontSize: 32,
      }}
    >
      <div style={{ display: "flex", fontSize: 28, color: "#5b6470" }}>Claimboard · {kind}</div>
      <div style={{ display: "flex", fontSize: 60, fontWeight: 700, marginTop: 8 }}>{title}</div>
      <div style={{ display: "flex", fontSize: 28, color: "#5b6470", marginTop: 4, marginBottom: 28 }}>
        {subtitle}
      </div>
      {rows.map((r, i) => (
        <div key={i} style={{ display: "flex", alignItems: "center", marginTop: 14 }}>
          <div style={{ display: "flex", width: 420, overflow: "hidden" }}>{r.label}</div>
          {r.share !== null && (
            <div
              style={{
                display: "flex",
                height: 34,
                width: Math.max(8, Math.round(r.share * 460)),
                background: "#2f6feb",
                marginRight: 16,
              }}
            />
          )}
          <div style={{ display: "flex", fontWeight: 700 }}>{r.value}</div>
        </div>
      ))}
      {rows.length === 0 && <div style={{ display: "flex", color: "#5b6470" }}>No listed claims yet.</div>}
    </div>
  );
}
