/** Models: one model's claims and aliases, and the searchable list the compare picker uses. */
import { sql, type ExpressionBuilder, type Kysely, type RawBuilder, type SelectQueryBuilder } from "kysely";
import type { Database } from "../schema";
import { hasClaims } from "./has-claims";
import { ALL, SIZE_RANGES, type ModelIndexQuery, type ModelSort } from "../views/url-params";
import { containsText } from "./text-match";
import type { ModelQuery } from "../views/url-params";
import { selectClaims, toClaimView, type ClaimView } from "./claim-rows";
import { countOf } from "./count";

export interface ModelSummary {
  slug: string;
  name: string;
  family: string | null;
  /** Billions of parameters, when the name states them. */
  params: number | null;
  claims: number;
  benchmarks: number;
  /** The publication date of the newest paper with a claim by it. */
  newest: string | null;
}

export interface ModelPage {
  model: { slug: string; name: string };
  aliases: string[];
  rows: ClaimView[];
  total: number;
  dir: "asc" | "desc";
  /** Every benchmark the model has a listed claim on, whatever page of rows is shown. */
  leaderboards: { slug: string; name: string }[];
  /** The model's listed scores for its chart (at most CHART_BARS), across all its claims. */
  chart: ClaimView[];
}

const CHART_BARS = 30;

export async function findModels(db: Kysely<Database>, slugs: readonly string[]) {
  if (slugs.length === 0) return [];
  return db
    .selectFrom("models")
    .select(["id", "key as slug", "name"])
    .where("key", "in", [...slugs])
    .execute();
}

export async function getModelPage(
  db: Kysely<Database>,
  slug: string,
  query: ModelQuery,
  options: { allRows?: boolean } = {},
): Promise<ModelPage | null> {
  const [model] = await findModels(db, [slug]);
  if (!model) return null;
  const aliases = await db
    .selectFrom("aliases")
    .select("alias")
    .where("kind", "=", "model")
    .where("key", "=", slug)
    .orderBy("alias")
    .execute();
  const dir = query.dir ?? (query.sort === "value" ? "desc" : "asc");
  const claims = selectClaims(
    db,
    { modelIds: [model.id], kind: query.kind, self: query.self, q: query.q },
    { sort: query.sort, dir },
  );
  const listedScores = {
    modelIds: [model.id],
    kind: "score" as const,
    self: "all" as const,
    q: "",
    listed: true,
  };
  const [records, counted, leaderboards, chart] = await Promise.all([
    options.allRows
      ? claims.execute()
      : claims
          .limit(query.per)
          .offset((query.page - 1) * query.per)
          .execute(),
    countOf(claims),
    db
      .selectFrom("claims")
      .innerJoin("benchmarks", "benchmarks.id", "claims.benchmark_id")
      .select(["benchmarks.key as slug", "benchmarks.name"])
      .where("claims.model_id", "=", model.id)
      .where("claims.listed", "=", 1)
      .distinct()
      .orderBy("benchmarks.name")
      .execute(),
    selectClaims(db, listedScores, { sort: "benchmark", dir: "asc" }).limit(CHART_BARS).execute(),
  ]);
  return {
    model: { slug: model.slug, name: model.name },
    aliases: aliases.map((a) => a.alias),
    rows: records.map(toClaimView),
    total: counted,
    dir,
    leaderboards,
    chart: chart.map(toClaimView),
  };
}

/** A model whose name, or one of whose spellings, contains q. */
function modelMatches(q: string) {
  return (eb: ExpressionBuilder<Database, "models">) =>
    eb.or([
      containsText("models.name", q),
      eb(
        "models.key",
        "in",
        eb
          .selectFrom("aliases")
          .select("key")
          .where("kind", "=", "model")
          .where(containsText("aliases.alias", q)),
      ),
    ]);
}

/** Which models an index lists: name or spelling containing q, a family, a size range; all but q optional. */
export type ModelFilter = Pick<ModelIndexQuery, "q"> & Partial<Omit<ModelIndexQuery, "q">>;

/** What each sort orders by (name breaks ties, and is the whole of the "name" sort). */
const MODEL_ORDER: Record<ModelSort, RawBuilder<unknown> | null> = {
  claims: sql`claims desc`,
  benchmarks: sql`benchmarks desc`,
  newest: sql`newest desc nulls last`,
  name: null,
};

/** How many models with claims match the filter (the total of /models and /api/models). */
export async function countModels(db: Kysely<Database>, filter: ModelFilter): Promise<number> {
  return countOf(
    db.selectFrom("models").select("models.id").where(hasClaims).$call(whereModelMatches(filter)),
  );
}

/** Models matching the filter, most claims first by default. */
export async function listModels(
  db: Kysely<Database>,
  filter: ModelFilter,
  limit: number,
  offset = 0,
): Promise<ModelSummary[]> {
  const order = MODEL_ORDER[filter.sort ?? "claims"];
  const rows = await db
    .selectFrom("models")
    .innerJoin("claims", "claims.model_id", "models.id")
    .innerJoin("papers", "papers.id", "claims.paper_id")
    .select([
      "models.key as slug",
      "models.name",
      "models.family",
      "models.params_b",
      sql<number>`count(*)`.as("claims"),
      sql<number>`count(distinct claims.benchmark_id)`.as("benchmarks"),
      sql<string | null>`max(papers.published)`.as("newest"),
    ])
    .$call(whereModelMatches(filter))
    .groupBy("models.id")
    .$if(order !== null, (qb) => qb.orderBy(order!))
    .orderBy(sql`lower(models.name)`)
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    family: r.family,
    params: r.params_b,
    claims: Number(r.claims),
    benchmarks: Number(r.benchmarks),
    newest: r.newest,
  }));
}

/** The name, family and size conditions both the list and its count apply. */
function whereModelMatches(filter: ModelFilter) {
  const size: { label: string; min?: number; max?: number } = SIZE_RANGES[filter.size ?? "any"];
  return <TB extends keyof Database, O>(
    qb: SelectQueryBuilder<Database, TB | "models", O>,
  ): SelectQueryBuilder<Database, TB | "models", O> =>
    qb
      .$if(filter.q !== "", (b) => b.where(modelMatches(filter.q) as never))
      .$if(filter.family !== undefined && filter.family !== ALL, (b) =>
        b.where(sql<boolean>`${sql.ref("models.family")} = ${filter.family}`),
      )
      .$if(size.max !== undefined, (b) => b.where(sql<boolean>`${sql.ref("models.params_b")} <= ${size.max}`))
      .$if(size.min !== undefined, (b) => b.where(sql<boolean>`${sql.ref("models.params_b")} > ${size.min}`))
      .$if(filter.size === "unknown", (b) => b.where(sql<boolean>`${sql.ref("models.params_b")} is null`));
}

/** The families of models with claims, for the family filter. */
export async function modelFamilies(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom("models")
    .select("models.family")
    .where("models.family", "is not", null)
    .where(hasClaims)
    .distinct()
    .orderBy("models.family")
    .execute();
  return rows.map((r) => r.family ?? "");
}
