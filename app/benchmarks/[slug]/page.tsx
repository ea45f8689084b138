import Link from "next/link";
import { notFound } from "next/navigation";
import { slugOf, titleWithName, type SlugPageProps } from "@/app/slug-page";
import { findBenchmark } from "@/db/queries/benchmarks";
import { benchmarkFacts } from "@/db/queries/facts";
import { Facts } from "@/components/Facts";
import { BoardFilters } from "@/components/BoardFilters";
import { getLeaderboard } from "@/db/queries/leaderboard";
import { cachedQuery } from "@/db/server";
import {
  KIND_FILTERS,
  LeaderboardParams,
  parseParams,
  ROW_MODES,
  SIZE_RANGES,
  toUrlParams,
} from "@/db/views/url-params";
import { ClaimListing } from "@/components/ClaimListing";
import { LEADERBOARD_COLUMNS } from "@/db/views/claim-columns";
import { ParamError } from "@/components/ParamError";
import { LinkedBarChart, TimelineChart } from "@/components/charts";
import { directionLabel, hrefWith } from "@/components/format";
import { benchmarkHref, benchmarkFeedHref, benchmarkImageHref, embedHref } from "@/components/routes";
import { EmbedSnippet } from "@/components/EmbedSnippet";
import { publicBaseOfPage } from "@/app/public-url";

export const generateMetadata = titleWithName(
  "Leaderboard",
  async (slug) => (await cachedQuery("benchmark-name", findBenchmark, slug))?.name ?? null,
  { feed: benchmarkFeedHref, image: benchmarkImageHref },
);

export default async function BenchmarkPage({ params, searchParams }: SlugPageProps) {
  const slug = await slugOf(params);
  const parsed = parseParams(LeaderboardParams, await searchParams);
  const query = parsed.ok ? parsed.data : LeaderboardParams.parse({});
  const board = await cachedQuery("leaderboard", getLeaderboard, slug, query, {});
  if (!board) notFound();
  const path = benchmarkHref(slug);
  const current: Record<string, string | undefined> = {
    ...toUrlParams(LeaderboardParams, query),
    metric: board.metric?.key,
    setting: board.settings.length > 1 ? board.setting?.key : undefined,
  };
  const direction = directionLabel(board.metric?.higherIsBetter ?? null);
  const unit = board.rows[0]?.unit ?? "";
  const found = await cachedQuery("benchmark-name", findBenchmark, slug);
  const facts = await cachedQuery("benchmark-facts", benchmarkFacts, { id: found!.id, name: found!.name });
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link href="/">Benchmarks</Link> / <span>{board.benchmark.name}</span>
      </nav>
      <h1>{board.benchmark.name}</h1>
      <Facts
        label={`Facts about ${board.benchmark.name}`}
        facts={[
          ["Full name", facts.fullName !== board.benchmark.name ? facts.fullName : null],
          ["Measures", facts.measures],
          [
            "Introduced by",
            facts.introducedBy && <a href={facts.introducedBy.href}>{facts.introducedBy.title}</a>,
          ],
          [
            "Metrics here",
            board.metrics.length > 0 &&
              board.metrics.map((m) => `${m.label} (${directionLabel(m.higherIsBetter).text})`).join(", "),
          ],
          [
            "Usual metric",
            facts.usualMetric &&
              `${facts.usualMetric} (${directionLabel(facts.higherIsBetter).text}), per ${facts.source}`,
          ],
          ["Area", facts.area],
          ["Results", `${facts.models} models in ${facts.papers} papers`],
          ["Papers", facts.firstPaper && `${facts.firstPaper} to ${facts.latestPaper}`],
        ]}
      />
      {!parsed.ok && <ParamError message={parsed.error} resetHref={path} />}
      {board.metrics.length > 0 && (
        <nav className="metric-switch" aria-label="Metric">
          {board.metrics.map((m) => (
            <Link
              key={m.key}
              href={hrefWith(path, { kind: current.kind, self: current.self }, { metric: m.key })}
              aria-current={m.key === board.metric?.key ? "page" : undefined}
            >
              {m.label} <span className="muted">({m.count})</span>
            </Link>
          ))}
        </nav>
      )}
      {board.settings.length > 1 && (
        <nav className="metric-switch setting-switch" aria-label="Setting">
          {board.settings.map((s) => (
            <Link
              key={s.key}
              href={hrefWith(
                path,
                { kind: current.kind, self: current.self, metric: current.metric, rows: current.rows },
                { setting: s.key },
              )}
              aria-current={s.key === board.setting?.key ? "page" : undefined}
            >
              {s.label} <span className="muted">({s.count})</span>
            </Link>
          ))}
        </nav>
      )}
      <nav className="metric-switch row-switch" aria-label="Rows">
        {ROW_MODES.map((mode) => (
          <Link
            key={mode}
            href={hrefWith(
              path,
              { ...current, page: undefined },
              { rows: mode === "best" ? undefined : mode },
            )}
            aria-current={mode === query.rows ? "page" : undefined}
          >
            {mode === "best" ? "best claim per model" : "every claim"}
          </Link>
        ))}
      </nav>
      <p className="direction" data-testid="direction">
        <span aria-hidden="true">{direction.arrow}</span> {board.metric?.label ?? "No metric"}:{" "}
        {direction.text}. Ranked over {board.total.toLocaleString("en-US")} listed{" "}
        {query.kind === "all" ? "" : query.kind} claims{board.setting ? ` (${board.setting.label})` : ""}.
      </p>
      <ClaimListing
        {...{ path: path, query, current, kinds: KIND_FILTERS }}
        keep={["metric", "setting", "rows", "sort", "dir", "hide"]}
        feed={benchmarkFeedHref(slug)}
        moreFilters={
          <BoardFilters
            size={query.size}
            sizes={Object.entries(SIZE_RANGES).map(([key, r]) => ({ key, label: r.label }))}
            from={query.from}
            to={query.to}
          />
        }
        download={{ view: "benchmark", params: { slug, ...current, per: undefined } }}
        rows={board.rows}
        columns={LEADERBOARD_COLUMNS}
        dir={board.dir}
        total={board.total}
        caption={`${board.benchmark.name} · ${board.metric?.label ?? ""} (${direction.text})`}
      />
      <EmbedSnippet
        src={`${await publicBaseOfPage()}${embedHref(slug)}`}
        title={`${board.benchmark.name} leaderboard on Claimboard`}
      />
      <div className="chart-grid-2">
        {board.ranking.length > 0 && (
          <LinkedBarChart
            label={`Best ${board.metric?.label ?? "value"} per model`}
            data={board.ranking.map((r) => ({
              label: r.modelName,
              value: r.value,
              unit: r.unit,
              href: r.href,
              title: r.paperTitle,
            }))}
          />
        )}
        {board.timeline.length > 1 && (
          <TimelineChart label="Best so far, by paper date" unit={unit} points={board.timeline} />
        )}
      </div>
    </>
  );
}
