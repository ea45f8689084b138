/**
 * Facts shown at the top of a leaderboard and a model page: what the gazetteer knows of the name
 * (data, not code), and what the corpus says (first and latest paper, what a model leads).
 */
import { sql, type Kysely } from "kysely";
import { benchmarkInfo, familyOf, parametersOf } from "../../extract/gazetteer";
import { benchmarkDescription } from "../../extract/gazetteer/descriptions";
import { metricDirection } from "../../extract/metric";
import type { Database } from "../schema";
import { startsWithText } from "./text-match";
import { baseModel, type ModelLink, variantModels } from "./variants";

export interface BenchmarkFacts {
  /** Full name and what it measures, when the gazetteer describes it. */
  fullName: string | null;
  measures: string | null;
  /** The paper that introduced it: from the gazetteer (an arXiv link) or a paper here named after it. */
  introducedBy: { title: string; href: string } | null;
  usualMetric: string | null;
  higherIsBetter: boolean | null;
  area: string | null;
  source: string | null;
  firstPaper: string | null;
  latestPaper: string | null;
  models: number;
  papers: number;
}

export interface ModelFacts {
  family: string | null;
  /** Billions of parameters, when the name says ("7B", "671B"). */
  parameters: number | null;
  firstPaper: string | null;
  latestPaper: string | null;
  papers: number;
  /** The model whose name this one continues, and the models that continue this one's (variants.ts). */
  base: ModelLink | null;
  variants: ModelLink[];
  /** Leaderboards (benchmark, metric, setting) on which this model holds the best listed value. */
  leads: { benchmarkSlug: string; benchmarkName: string; metric: string | null; setting: string | null }[];
}

export async function benchmarkFacts(
  db: Kysely<Database>,
  benchmark: { id: number; name: string },
): Promise<BenchmarkFacts> {
  const info = benchmarkInfo(benchmark.name);
  const described = benchmarkDescription(benchmark.name);
  const corpus = await corpusOf(db, "claims.benchmark_id", benchmark.id, true);
  const paper = described?.paper;
  return {
    fullName: described?.full ?? null,
    measures: described?.measures ?? null,
    introducedBy: paper
      ? { title: paper.title, href: `https://arxiv.org/abs/${paper.arxiv}` }
      : await introducingPaper(db, benchmark.name),
    usualMetric: info?.metric ?? null,
    higherIsBetter: info?.metric ? metricDirection(info.metric) : null,
    area: info?.area ?? null,
    source: info?.source ?? null,
    firstPaper: corpus?.first ?? null,
    latestPaper: corpus?.latest ?? null,
    models: Number(corpus?.models ?? 0),
    papers: Number(corpus?.papers ?? 0),
  };
}

export async function modelFacts(
  db: Kysely<Database>,
  model: { id: number; name: string },
): Promise<ModelFacts> {
  const [corpus, base, variants, leads] = await Promise.all([
    corpusOf(db, "claims.model_id", model.id, false),
    baseModel(db, model.name),
    variantModels(db, model.name),
    leadsOf(db, model.id),
  ]);
  return {
    family: familyOf(model.name),
    parameters: parametersOf(model.name),
    firstPaper: corpus?.first ?? null,
    latestPaper: corpus?.latest ?? null,
    papers: Number(corpus?.papers ?? 0),
    base,
    variants,
    leads,
  };
}

/** "MathVista: Evaluating Mathematical Reasoning ...": a paper here whose title opens with the benchmark's name. */
async function introducingPaper(db: Kysely<Database>, name: string): Promise<BenchmarkFacts["introducedBy"]> {
  const found = await db
    .selectFrom("papers")
    .select(["id", "title"])
    .where(startsWithText("papers.title", `${name}:`))
    .orderBy("published")
    .orderBy("id")
    .executeTakeFirst();
  return found ? { title: found.title, href: `/papers/${found.id}` } : null;
}

/** The papers (first, latest, how many) and models behind a benchmark's or a model's claims. */
async function corpusOf(
  db: Kysely<Database>,
  column: "claims.benchmark_id" | "claims.model_id",
  id: number,
  listedOnly: boolean,
) {
  return db
    .selectFrom("claims")
    .innerJoin("papers", "papers.id", "claims.paper_id")
    .select([
      sql<string | null>`min(papers.published)`.as("first"),
      sql<string | null>`max(papers.published)`.as("latest"),
      sql<number>`count(distinct claims.model_id)`.as("models"),
      sql<number>`count(distinct claims.paper_id)`.as("papers"),
    ])
    .where(column, "=", id)
    .$if(listedOnly, (qb) => qb.where("claims.listed", "=", 1))
    .executeTakeFirst();
}

/** The best listed score per leaderboard, direction-aware, and the ones this model holds. */
async function leadsOf(db: Kysely<Database>, modelId: number): Promise<ModelFacts["leads"]> {
  const signed = sql<number>`case when claims.higher_is_better = 0 then -claims.value else claims.value end`;
  const best = db
    .selectFrom("claims")
    .select([
      "claims.benchmark_id",
      "claims.metric_key",
      sql<string>`coalesce(claims.setting, '')`.as("setting_key"),
      sql<number>`max(${signed})`.as("best"),
    ])
    .where("claims.kind", "=", "score")
    .where("claims.listed", "=", 1)
    .groupBy(["claims.benchmark_id", "claims.metric_key", sql`coalesce(claims.setting, '')`]);
  const rows = await db
    .selectFrom("claims")
    .innerJoin(best.as("b"), (j) =>
      j
        .onRef("b.benchmark_id", "=", "claims.benchmark_id")
        .onRef("b.metric_key", "=", "claims.metric_key")
        .on(sql`b.setting_key`, "=", sql`coalesce(claims.setting, '')`),
    )
    .innerJoin("benchmarks", "benchmarks.id", "claims.benchmark_id")
    .select(["benchmarks.key", "benchmarks.name", "claims.metric", "claims.setting"])
    .where("claims.model_id", "=", modelId)
    .where("claims.kind", "=", "score")
    .where("claims.listed", "=", 1)
    .where(sql<boolean>`${signed} = b.best`)
    .groupBy(["benchmarks.key", "benchmarks.name", "claims.metric_key", "claims.metric", "claims.setting"])
    .orderBy("benchmarks.name")
    .limit(20)
    .execute();
  return rows.map((r) => ({
    benchmarkSlug: r.key,
    benchmarkName: r.name,
    metric: r.metric,
    setting: r.setting,
  }));
}
