/**
 * The curators' queue: claims readers reported, listed claims the extractor was least sure of, and
 * orphaned reviews (decisions whose claim the current rules no longer produce: kept, never dropped).
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { FLAG_REASONS } from "../curation/inputs";
import { selectClaims, toClaimView, type ClaimView } from "./claim-rows";

/** Below this confidence a listed claim is worth a human look. */
export const REVIEW_CONFIDENCE = 0.8;
const QUEUE_LIMIT = 200;

export const QUEUE_REASONS = ["reported", "low-confidence", "orphaned"] as const;
export type QueueReason = (typeof QUEUE_REASONS)[number];
/** The filter takes a queue reason, or what readers said is wrong (reported claims with that flag). */
export const QUEUE_FILTERS = [...QUEUE_REASONS, ...FLAG_REASONS] as const;
export type QueueFilterReason = (typeof QUEUE_FILTERS)[number];

export interface QueueItem {
  reason: QueueReason;
  claim: ClaimView | null;
  /** What readers said, for reported claims. */
  flags: { reason: string; note: string; at: string }[];
  /** For an orphaned review: the decision, and where its claim was. */
  orphan: { action: string; paperKey: string; valueStart: number; value: number; curator: string } | null;
}

export interface QueueFilter {
  reason?: QueueFilterReason;
  /** A benchmark slug. */
  benchmark?: string;
}

export async function getReviewQueue(db: Kysely<Database>, filter: QueueFilter): Promise<QueueItem[]> {
  const items: QueueItem[] = [];
  const benchmarkId = filter.benchmark
    ? ((await db.selectFrom("benchmarks").select("id").where("key", "=", filter.benchmark).executeTakeFirst())
        ?.id ?? -1)
    : undefined;
  const base = { kind: "all", self: "all", q: "", benchmarkId } as const;
  const flagReason = (FLAG_REASONS as readonly string[]).includes(filter.reason ?? "")
    ? filter.reason
    : undefined;
  if (!filter.reason || filter.reason === "reported" || flagReason) {
    const rows = await selectClaims(db, base, { sort: "value", dir: "desc" })
      .where("claims.review_status", "=", "reported")
      .limit(QUEUE_LIMIT)
      .execute();
    const flags = await openFlags(db, [...new Set(rows.map((r) => r.paper_key))]);
    for (const row of rows) {
      const r = toClaimView(row);
      const said = flags.get(`${row.paper_key}:${row.value_start}`) ?? [];
      if (!flagReason || said.some((f) => f.reason === flagReason))
        items.push({ reason: "reported", claim: r, flags: said, orphan: null });
    }
  }
  if (flagReason) return items;
  if (!filter.reason || filter.reason === "low-confidence") {
    const rows = await selectClaims(db, { ...base, listed: true }, { sort: "value", dir: "desc" })
      .where("claims.review_status", "is", null)
      .where("claims.confidence", "<", REVIEW_CONFIDENCE)
      .limit(QUEUE_LIMIT)
      .execute();
    for (const r of rows.map(toClaimView))
      items.push({ reason: "low-confidence", claim: r, flags: [], orphan: null });
  }
  if ((!filter.reason || filter.reason === "orphaned") && !filter.benchmark)
    for (const orphan of await orphanedReviews(db))
      items.push({ reason: "orphaned", claim: null, flags: [], orphan });
  return items;
}

/** Open flags of these claims, by "paperKey:valueStart" (a claim's identity in its paper). */
async function openFlags(
  db: Kysely<Database>,
  paperKeys: string[],
): Promise<Map<string, QueueItem["flags"]>> {
  const out = new Map<string, QueueItem["flags"]>();
  if (paperKeys.length === 0) return out;
  const rows = await db
    .selectFrom("flags")
    .select(["paper_key", "value_start", "reason", "note", "created_at"])
    .where("paper_key", "in", paperKeys)
    .where("reviewed_at", "is", null)
    .orderBy("id")
    .execute();
  for (const r of rows) {
    const key = `${r.paper_key}:${r.value_start}`;
    out.set(key, [...(out.get(key) ?? []), { reason: r.reason, note: r.note, at: r.created_at }]);
  }
  return out;
}

/** The newest review of each identity whose claim no current row carries. */
async function orphanedReviews(db: Kysely<Database>): Promise<NonNullable<QueueItem["orphan"]>[]> {
  const rows = await db
    .selectFrom("reviews")
    .leftJoin("papers", "papers.title_key", "reviews.paper_key")
    .leftJoin("claims", (join) =>
      join.onRef("claims.paper_id", "=", "papers.id").onRef("claims.value_start", "=", "reviews.value_start"),
    )
    .select([
      "reviews.id",
      "reviews.paper_key",
      "reviews.value_start",
      "reviews.value",
      "reviews.action",
      "reviews.curator",
      "claims.id as claim_id",
    ])
    .orderBy("reviews.id", "desc")
    .execute();
  const seen = new Set<string>();
  const out: NonNullable<QueueItem["orphan"]>[] = [];
  for (const r of rows) {
    const key = `${r.paper_key}\u0000${r.value_start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (r.claim_id === null)
      out.push({
        action: r.action,
        paperKey: r.paper_key,
        valueStart: r.value_start,
        value: r.value,
        curator: r.curator,
      });
  }
  return out.slice(0, QUEUE_LIMIT);
}
