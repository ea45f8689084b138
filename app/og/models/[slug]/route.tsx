/** GET /og/models/SLUG.png: five of the model's listed results, as a preview image (no bars: metrics differ). */
import { getModelPage } from "@/db/queries/models";
import { cachedQuery } from "@/db/server";
import { ModelParams } from "@/db/views/url-params";
import { formatValue } from "@/components/format";
import { previewRoute } from "../../preview";

export const GET = previewRoute("model", async (slug) => {
  const page = await cachedQuery("model", getModelPage, slug, ModelParams.parse({}), {});
  if (!page) return null;
  const rows = page.chart.slice(0, 5);
  return {
    kind: "model",
    title: page.model.name,
    subtitle: `${page.leaderboards.length} leaderboards · ${page.total} claims`,
    rows: rows.map((c) => ({
      label: `${c.benchmarkName ?? ""} · ${c.metric ?? ""}`,
      value: formatValue(c.value, c.unit),
      share: null,
    })),
  };
});
