import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getModelPage } from "@/db/queries/models";
import { cachedQuery } from "@/db/server";
import { decodeSlug, KIND_FILTERS, ModelParams, parseParams, toUrlParams } from "@/db/views/url-params";
import { ClaimTable } from "@/components/ClaimTable";
import { DownloadCsv } from "@/components/DownloadCsv";
import { FilterBar } from "@/components/FilterBar";
import { ParamError } from "@/components/ParamError";
import { LinkedBarChart } from "@/components/charts";
import { Pager } from "@/components/Pager";
import { benchmarkHref, modelHref } from "@/components/routes";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = decodeSlug((await params).slug);
  return { title: slug === null ? "Not found" : `Model: ${slug}` };
}

export default async function ModelPage({ params, searchParams }: Props) {
  const slug = decodeSlug((await params).slug);
  if (slug === null) notFound();
  const parsed = parseParams(ModelParams, await searchParams);
  const query = parsed.ok ? parsed.data : ModelParams.parse({});
  const page = await cachedQuery("model", getModelPage, slug, query);
  if (!page) notFound();
  const path = modelHref(slug);
  const current = toUrlParams(ModelParams, query);
  const scores = page.chart;
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link href="/claims">All claims</Link> / <span>{page.model.name}</span>
      </nav>
      <h1>{page.model.name}</h1>
      {!parsed.ok && <ParamError message={parsed.error} resetHref={path} />}
      <p>
        Also written as: <span data-testid="aliases">{page.aliases.join(", ") || "—"}</span>.{" "}
        <Link href={`/compare?models=${encodeURIComponent(slug)}`}>Compare with other models</Link>.
      </p>
      {page.leaderboards.length > 0 && (
        <p>
          Leaderboards:{" "}
          {page.leaderboards.map(({ slug: s, name }, i) => (
            <span key={s}>
              {i > 0 && ", "}
              <Link href={benchmarkHref(s)}>{name}</Link>
            </span>
          ))}
        </p>
      )}
      <div className="toolbar">
        <FilterBar
          action={path}
          q={query.q}
          self={query.self}
          kind={{ value: query.kind, options: KIND_FILTERS }}
          keep={{ sort: current.sort, dir: current.dir }}
        />
        <DownloadCsv view="model" params={{ slug, ...current, per: undefined }} />
      </div>
      <ClaimTable
        rows={page.rows}
        columns={[
          "benchmark",
          "metric",
          "setting",
          "value",
          "kind",
          "self",
          "trust",
          "paper",
          "date",
          "evidence",
        ]}
        sort={query.sort}
        dir={page.dir}
        path={path}
        params={{ ...current, page: query.page > 1 ? String(query.page) : undefined }}
        caption={`${page.total.toLocaleString("en-US")} claims about ${page.model.name}`}
      />
      <Pager path={path} params={current} page={query.page} per={query.per} total={page.total} />
      {scores.length > 0 && (
        <LinkedBarChart
          label={`${page.model.name}: scores by benchmark`}
          data={scores.slice(0, 30).map((r) => ({
            label: `${r.benchmarkName} · ${r.metric ?? "?"}`,
            value: r.value,
            unit: r.unit,
            href: r.href,
            title: r.paperTitle,
          }))}
        />
      )}
    </>
  );
}
