/** Models worth adding to a comparison: those sharing the most leaderboards with the picked ones. */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema";
import { findModels } from "./models";

export interface CompareSuggestion {
  slug: string;
  name: string;
  /** Benchmarks it has listed claims on that the picked models have too. */
  shared: number;
}

const MAX_SUGGESTIONS = 8;

/** Models worth adding: those sharing the most leaderboards with the ones already picked. */
export async function suggestForComparison(
  db: Kysely<Database>,
  slugs: readonly string[],
): Promise<CompareSuggestion[]> {
  const picked = (await findModels(db, slugs)).map((m) => m.id);
  if (picked.length === 0) return [];
  const theirs = db
    .selectFrom("claims")
    .select("claims.benchmark_id")
    .where("claims.model_id", "in", picked)
    .where("claims.listed", "=", 1);
  // Each (board, model) pair once, read in the order of the (benchmark, model, ...) index: counting
  // pairs then costs one pass over that index, where count(distinct) per model sorted every claim.
  const pairs = db
    .selectFrom("claims")
    .select(["claims.benchmark_id", "claims.model_id"])
    .distinct()
    .where("claims.listed", "=", 1)
    .where("claims.benchmark_id", "in", theirs)
    .as("pairs");
  const rows = await db
    .selectFrom(pairs)
    .innerJoin("models", "models.id", "pairs.model_id")
    .select(["models.key as slug", "models.name", sql<number>`count(*)`.as("shared")])
    .where("pairs.model_id", "not in", picked)
    .groupBy(["models.id", "models.key", "models.name"])
    .orderBy("shared", "desc")
    .orderBy("models.name")
    .limit(MAX_SUGGESTIONS)
    .execute();
  return rows.map((r) => ({ slug: r.slug, name: r.name, shared: Number(r.shared) }));
}
