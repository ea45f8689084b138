/** The newest leaderboard claims, everywhere or of one benchmark or model: what the Atom feeds carry. */
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { EVERY_CLAIM, BY_ID, selectClaims, toClaimView, type ClaimView } from "./claim-rows";

export const FEED_SIZE = 50;

export async function newestClaims(
  db: Kysely<Database>,
  scope: { benchmarkId?: number; modelId?: number } = {},
  limit = FEED_SIZE,
): Promise<ClaimView[]> {
  const rows = await selectClaims(
    db,
    {
      ...EVERY_CLAIM,
      listed: true,
      benchmarkId: scope.benchmarkId,
      modelIds: scope.modelId === undefined ? undefined : [scope.modelId],
    },
    BY_ID,
  )
    .clearOrderBy()
    // Newest written first: a fetch run's claims lead the feed the moment they are ingested.
    .orderBy("claims.id", "desc")
    .limit(limit)
    .execute();
  return rows.map(toClaimView);
}
