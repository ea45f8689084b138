/**
 * The queries behind the heaviest pages, timed cold: straight against the generated database,
 * without the query cache or the page cache, as the first visitor after an ingest meets them.
 */
import { openDb } from "../../db/connection";
import { getComparison, suggestForComparison } from "../../db/queries/compare";
import { getLeaderboard } from "../../db/queries/leaderboard";
import { LeaderboardParams } from "../../db/views/url-params";
import type { BigDb } from "./big-db";

export interface QueryFigures {
  name: string;
  /** Median of five runs, in ms. */
  p50: number;
}

export async function measureQueries(big: BigDb): Promise<QueryFigures[]> {
  const db = openDb(big.path, { readonly: true });
  const runs: [string, () => Promise<unknown>][] = [
    [
      "leaderboard queries",
      () => getLeaderboard(db, big.topBenchmark, LeaderboardParams.parse({ metric: big.topMetric })),
    ],
    ["compare queries", () => getComparison(db, big.topModels)],
    ["compare suggestions", () => suggestForComparison(db, big.topModels.slice(0, 1))],
  ];
  try {
    const out: QueryFigures[] = [];
    for (const [name, run] of runs) {
      const ms: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        await run();
        ms.push(performance.now() - start);
      }
      out.push({ name, p50: ms.sort((a, b) => a - b)[2]! });
    }
    return out;
  } finally {
    await db.destroy();
  }
}
