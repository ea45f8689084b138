/**
 * GET /embed/benchmarks/SLUG: a compact leaderboard for other sites to frame (the only framable
 * route, see proxy.ts): the top ten on the default metric and setting, each linking to its sentence.
 * Plain HTML without script, every text escaped; links open here in a new tab.
 */
import type { NextRequest } from "next/server";
import { getLeaderboard } from "@/db/queries/leaderboard";
import { cachedQuery } from "@/db/server";
import { decodeSlug, LeaderboardParams } from "@/db/views/url-params";
import { publicBase } from "@/app/public-url";
import { notFound } from "@/app/api/respond";
import { benchmarkHref } from "@/components/routes";
import { formatValue } from "@/components/format";
import { escapeHtml } from "@/app/text-out";

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:0;padding:8px;color:#1b1f24;background:#fff}
h1{font-size:16px;margin:0 0 6px}table{border-collapse:collapse;width:100%}td,th{padding:3px 6px;border-bottom:1px solid #e3e6ea;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}a{color:#1f5fd6}p{margin:6px 0 0;color:#5b6470;font-size:12px}
@media (prefers-color-scheme:dark){body{background:#111418;color:#e6e8eb}td,th{border-color:#2a3038}a{color:#7aa7ff}p{color:#9aa4b1}}`;

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeSlug((await params).slug);
  if (slug === null) return notFound("no such benchmark");
  const board = await cachedQuery("leaderboard", getLeaderboard, slug, LeaderboardParams.parse({}), {});
  if (!board) return notFound(`no benchmark "${slug}"`);
  const base = publicBase(request);
  const link = (path: string, text: string) =>
    `<a href="${escapeHtml(base + path)}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`;
  const rows = board.ranking
    .slice(0, 10)
    .map(
      (r, i) =>
        `<tr><td class="num">${i + 1}</td><td>${escapeHtml(r.modelName)}</td><td class="num">${link(r.href, formatValue(r.value, r.unit))}</td></tr>`,
    );
  const metric = board.metric
    ? `${board.metric.label}${board.metric.higherIsBetter === false ? " (lower is better)" : ""}`
    : "";
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(board.benchmark.name)} leaderboard · Claimboard</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(board.benchmark.name)}${metric ? ` · ${escapeHtml(metric)}` : ""}</h1>
<table><thead><tr><th>#</th><th>Model</th><th>Value</th></tr></thead><tbody>${rows.join("")}</tbody></table>
<p>Claims read from paper abstracts, each linked to its sentence. ${link(benchmarkHref(slug), "Full leaderboard on Claimboard")}</p>
</body></html>`;
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "public, max-age=0, s-maxage=300",
    },
  });
}
