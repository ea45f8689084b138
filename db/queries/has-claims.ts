/** The existence tests the index pages, the search and the model facts share. */
import type { ExpressionBuilder } from "kysely";
import type { Database } from "../schema";

/** A benchmark has a leaderboard when at least one of its claims is fit to rank. */
export const hasLeaderboard = (eb: ExpressionBuilder<Database, "benchmarks">) =>
  eb.exists(
    eb
      .selectFrom("claims")
      .select("claims.id")
      .whereRef("claims.benchmark_id", "=", "benchmarks.id")
      .where("claims.listed", "=", 1),
  );

/** A model is listed anywhere once it has a claim. */
export const hasClaims = (eb: ExpressionBuilder<Database, "models">) =>
  eb.exists(eb.selectFrom("claims").select("claims.id").whereRef("claims.model_id", "=", "models.id"));
