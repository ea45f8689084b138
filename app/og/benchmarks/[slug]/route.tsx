/** GET /og/benchmarks/SLUG.png: the leaderboard's top five on its default metric, as a preview image. */
import { getLeaderboard } from "@/db/queries/leaderboard";
import { cachedQuery } from "@/db/server";
import { LeaderboardParams } from "@/db/views/url-params";
import { formatValue } from "@/components/format";
import { previewRoute } from "../../preview";

export const GET = previewRoute("leaderboard", async (slug) => {
  const board = await cachedQuery("leaderboard", getLeaderboard, slug, LeaderboardParams.parse({}), {});
  if (!board) return null;
  const top = board.ranking.slice(0, 5);
  const best = Math.max(...top.map((r) => Math.abs(r.value)), 0);
  return {
    kind: "leaderboard",
    title: board.benchmark.name,
    subtitle: `${board.metric?.label ?? "no listed metric"}${board.metric?.higherIsBetter === false ? " (lower is better)" : ""} · top ${top.length}`,
    rows: top.map((r) => ({
      label: r.modelName,
      value: formatValue(r.value, r.unit),
      share: best > 0 ? Math.abs(r.value) / best : null,
    })),
  };
});
