import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLeaderboard } from "@/db/queries/leaderboard";
import { cachedQuery } from "@/db/server";
import {
  decodeSlug,
  KIND_FILTERS,
  LeaderboardParams,
  parseParams,
  ROW_MODES,
  toUrlParams,
} from "@/db/views/url-params";
import { ClaimTable } from "@/components/ClaimTable";
import { DownloadCsv } from "@/components/DownloadCsv";
import { FilterBar } from "@/components/FilterBar";
import { Pager } from "@/components/Pager";
import { ParamError } from "@/components/ParamError";
import { LinkedBarChart, TimelineChart } from "@/components/charts";
import { directionLabel, hrefWith } from "@/components/format";
import { benchmarkHref } from "@/components/routes";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = decodeSlug((await params).slug);
  return { title: slug === null ? "Not found" : `Leaderboard: ${slug}` };
}

export default async function BenchmarkPage({ params, searchParams }: Props) {
  const slug = decodeSlug((await params).slug);
  if (slug === null) notFound();
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
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link href="/">Benchmarks</Link> / <span>{board.benchmark.name}</span>
      </nav>
      <h1>{board.benchmark.name}</h1>
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
      <div className="toolbar">
        <FilterBar
          action={path}
          q={query.q}
          self={query.self}
          kind={{ value: query.kind, options: KIND_FILTERS }}
          keep={{
            metric: current.metric,
            setting: current.setting,
            rows: current.rows,
            sort: current.sort,
            dir: current.dir,
          }}
        />
        <DownloadCsv view="benchmark" params={{ slug, ...current, per: undefined }} />
      </div>
      <ClaimTable
        rows={board.rows}
        columns={["rank", "model", "value", "setting", "self", "paper", "date", "evidence"]}
        sort={query.sort}
        dir={board.dir}
        path={path}
        params={{ ...current, page: query.page > 1 ? String(query.page) : undefined }}
        caption={`${board.benchmark.name} · ${board.metric?.label ?? ""} (${direction.text})`}
      />
      <Pager path={path} params={current} page={query.page} per={query.per} total={board.total} />
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
