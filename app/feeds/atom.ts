/**
 * Claims as an Atom 1.0 feed (RFC 4287), written by the `feed` library: one entry per claim, its
 * sentence as the content and its place on the paper page as the link. Text goes in as escaped HTML,
 * so a sentence with markup or "]]>" in it is shown as text, never run or allowed to end the CDATA.
 */
import { Feed } from "feed";
import type { ClaimView } from "@/db/queries/claim-rows";
import { formatValue } from "@/components/format";
import { escapeHtml } from "@/app/text-out";

export interface FeedSpec {
  title: string;
  /** Path of the feed itself and of the page it follows, both made absolute with `base`. */
  feedPath: string;
  pagePath: string;
  base: string;
  updated: string | null;
  claims: ClaimView[];
}

export function claimTitle(c: ClaimView): string {
  const what = [c.metric, c.benchmarkName ? `on ${c.benchmarkName}` : null].filter(Boolean).join(" ");
  return `${c.modelName}: ${formatValue(c.value, c.unit)}${what ? ` ${what}` : ""}`;
}

export function atomFeed(spec: FeedSpec): Response {
  const fallback = spec.updated ? new Date(spec.updated) : new Date(0);
  const feed = new Feed({
    title: spec.title,
    id: `${spec.base}${spec.feedPath}`,
    link: `${spec.base}${spec.pagePath}`,
    feedLinks: { atom: `${spec.base}${spec.feedPath}` },
    updated: fallback,
    author: { name: "Claimboard", link: spec.base },
    copyright: "Claims quoted from paper abstracts; each links to its source.",
  });
  for (const c of spec.claims) {
    const url = `${spec.base}${c.href}`;
    const source = `${c.paperTitle}${c.arxivId ? ` (arXiv ${c.arxivId})` : ""}`;
    feed.addItem({
      title: escapeHtml(claimTitle(c)),
      id: url,
      link: url,
      date: c.published ? new Date(`${c.published}T00:00:00Z`) : fallback,
      content: `<blockquote>${escapeHtml(c.evidence)}</blockquote><p>From ${escapeHtml(source)}${
        c.setting ? `; setting: ${escapeHtml(c.setting)}` : ""
      }.</p>`,
    });
  }
  return new Response(feed.atom1(), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-store" },
  });
}
