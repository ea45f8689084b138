import Link from "next/link";
import { notFound } from "next/navigation";
import { slugOf, titleWithName, type SlugPageProps } from "@/app/slug-page";
import { findModels, getModelPage } from "@/db/queries/models";
import { modelFacts } from "@/db/queries/facts";
import { cachedQuery } from "@/db/server";
import { Facts } from "@/components/Facts";
import { KIND_FILTERS, ModelParams, parseParams, toUrlParams } from "@/db/views/url-params";
import { ClaimListing } from "@/components/ClaimListing";
import { MODEL_CLAIM_COLUMNS } from "@/db/views/claim-columns";
import { ParamError } from "@/components/ParamError";
import { LinkedBarChart } from "@/components/charts";
import { benchmarkHref, modelHref, modelFeedHref, modelImageHref } from "@/components/routes";

export const generateMetadata = titleWithName(
  "Model",
  async (slug) => (await cachedQuery("model-name", findModels, [slug]))[0]?.name ?? null,
  { feed: modelFeedHref, image: modelImageHref },
);

export default async function ModelPage({ params, searchParams }: SlugPageProps) {
  const slug = await slugOf(params);
  const parsed = parseParams(ModelParams, await searchParams);
  const query = parsed.ok ? parsed.data : ModelParams.parse({});
  const page = await cachedQuery("model", getModelPage, slug, query);
  if (!page) notFound();
  const path = modelHref(slug);
  const current = toUrlParams(ModelParams, query);
  const [found] = await cachedQuery("model-name", findModels, [slug]);
  const facts = await cachedQuery("model-facts", modelFacts, { id: found!.id, name: found!.name });
  const scores = page.chart;
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link href="/claims">All claims</Link> / <span>{page.model.name}</span>
      </nav>
      <h1>{page.model.name}</h1>
      <Facts
        label={`Facts about ${page.model.name}`}
        facts={[
          ["Family", facts.family],
          ["Parameters", facts.parameters !== null ? `${facts.parameters}B (from its name)` : null],
          ["Papers", facts.firstPaper && `${facts.papers}, ${facts.firstPaper} to ${facts.latestPaper}`],
          ["Based on", facts.base && <Link href={modelHref(facts.base.slug)}>{facts.base.name}</Link>],
          [
            "Variants",
            facts.variants.length > 0 && (
              <span data-testid="variants">
                {facts.variants.map((v, i) => (
                  <span key={v.slug}>
                    {i > 0 && ", "}
                    <Link href={modelHref(v.slug)}>{v.name}</Link>
                  </span>
                ))}
              </span>
            ),
          ],
          [
            "Leads",
            facts.leads.length > 0 && (
              <span data-testid="leads">
                {facts.leads.map((l, i) => (
                  <span key={`${l.benchmarkSlug}-${l.metric}-${l.setting}`}>
                    {i > 0 && ", "}
                    <Link href={benchmarkHref(l.benchmarkSlug)}>{l.benchmarkName}</Link>
                    {l.metric ? ` · ${l.metric}` : ""}
                    {l.setting ? ` (${l.setting})` : ""}
                  </span>
                ))}
              </span>
            ),
          ],
        ]}
      />
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
      <ClaimListing
        {...{ path: path, query, current, kinds: KIND_FILTERS }}
        keep={["sort", "dir", "hide"]}
        feed={modelFeedHref(slug)}
        download={{ view: "model", params: { slug, ...current, per: undefined } }}
        rows={page.rows}
        columns={MODEL_CLAIM_COLUMNS}
        dir={page.dir}
        total={page.total}
        caption={`${page.total.toLocaleString("en-US")} claims about ${page.model.name}`}
      />
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
