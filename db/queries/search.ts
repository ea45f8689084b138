/**
 * One search over models (names and aliases), benchmarks and papers (title, abstract, arXiv id),
 * ranked: an exact name first, then names that start with the query, then the most claims.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema";
import { listModels, type ModelSummary } from "./models";
import { containsText } from "./text-match";

export interface SearchResults {
  models: ModelSummary[];
  benchmarks: { slug: string; name: string; claims: number }[];
  papers: { id: number; title: string; published: string | null; arxivId: string | null }[];
}

/** Exact name, then prefix, then the rest: a search for "gpt-4" shows GPT-4 before GPT-4o-mini. */
function byCloseness<T extends { name: string }>(items: T[], q: string): T[] {
  const query = q.toLowerCase();
  const rank = (name: string) =>
    name.toLowerCase() === query ? 0 : name.toLowerCase().startsWith(query) ? 1 : 2;
  return [...items].sort((a, b) => rank(a.name) - rank(b.name));
}

export async function searchAll(db: Kysely<Database>, q: string, limit: number): Promise<SearchResults> {
  const [models, benchmarks, papers] = await Promise.all([
    listModels(db, { q }, limit * 4, 0),
    db
      .selectFrom("benchmarks")
      .innerJoin("claims", "claims.benchmark_id", "benchmarks.id")
      .select(["benchmarks.key as slug", "benchmarks.name", sql<number>`count(*)`.as("claims")])
      .where(containsText("benchmarks.name", q))
      .groupBy(["benchmarks.id", "benchmarks.key", "benchmarks.name"])
      .having(sql<number>`count(*) filter (where claims.listed = 1)`, ">", 0)
      .orderBy("claims", "desc")
      .limit(limit * 4)
      .execute(),
    db
      .selectFrom("papers")
      .select(["id", "title", "published", "arxiv_id"])
      .where((eb) =>
        eb.or([
          containsText("papers.title", q),
          containsText("papers.abstract", q),
          eb("papers.arxiv_id", "=", q.trim()),
        ]),
      )
      .orderBy("published", (ob) => ob.desc().nullsLast())
      .orderBy("id", "desc")
      .limit(limit)
      .execute(),
  ]);
  return {
    models: byCloseness(models, q).slice(0, limit),
    benchmarks: byCloseness(
      benchmarks.map((b) => ({ ...b, claims: Number(b.claims) })),
      q,
    ).slice(0, limit),
    papers: papers.map((p) => ({ id: p.id, title: p.title, published: p.published, arxivId: p.arxiv_id })),
  };
}
