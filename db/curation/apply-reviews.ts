/**
 * Brings the claims table's cache of curation in line with the record (reviews and flags): run
 * after a review and after every ingest batch, for the papers it touched. The newest review of a
 * claim's identity decides; an open flag without a review marks the claim "reported". A correction
 * keeps the extracted fields in `extracted`, so deciding again always starts from what the rules
 * found, and the identity is always the extracted value's.
 */
import type { Kysely } from "kysely";
import { benchmarkKey, modelKey } from "../../extract";
import { metricDirection } from "../../extract/metric";
import { metricKey } from "../../extract/gazetteer/metric-synonyms";
import { EVERY_CLAIM, BY_ID, selectClaims } from "../queries/claim-rows";
import type { Database, ExtractedFields, ReviewAction, ReviewStatus } from "../schema";
import type { CorrectionFields } from "./inputs";

export const identityKey = (paperKey: string, valueStart: number, value: number) =>
  `${paperKey}\u0000${valueStart}\u0000${value}`;

interface Decision {
  action: ReviewAction;
  fields: CorrectionFields;
  reason: string;
}

/** Re-applies curation to the claims of these papers (title keys); returns how many claims changed. */
export async function applyReviews(trx: Kysely<Database>, touched: readonly string[]): Promise<number> {
  // Most papers were never reviewed or flagged: find the few that were with two indexed lookups.
  const paperKeys = await curatedKeys(trx, touched);
  if (paperKeys.length === 0) return 0;
  const decisions = await newestDecisions(trx, paperKeys);
  const flagged = new Set(
    (
      await trx
        .selectFrom("flags")
        .select(["paper_key", "value_start", "value"])
        .where("paper_key", "in", [...paperKeys])
        .where("reviewed_at", "is", null)
        .execute()
    ).map((f) => identityKey(f.paper_key, f.value_start, f.value)),
  );
  const claims = await selectClaims(trx, EVERY_CLAIM, BY_ID)
    .where("papers.title_key", "in", [...paperKeys])
    .execute();
  let changed = 0;
  for (const c of claims) {
    const original: ExtractedFields = c.extracted
      ? (JSON.parse(c.extracted) as ExtractedFields)
      : {
          model: c.model_raw,
          benchmark: c.benchmark_raw,
          metric: c.metric,
          setting: c.setting,
          value: c.value,
          unit: c.unit,
          kind: c.kind,
          self_reported: c.self_reported === 1,
          listed: c.listed === 1,
        };
    const id = identityKey(c.paper_key, c.value_start, original.value);
    const decision = decisions.get(id);
    const status: ReviewStatus | null = decision?.action ?? (flagged.has(id) ? "reported" : null);
    if (status === c.review_status && !decision && !c.extracted) continue;
    if (decision?.action === "corrected" || c.extracted)
      await writeCorrection(trx, c.id, original, status, decision);
    else
      await trx
        .updateTable("claims")
        .set({
          review_status: status,
          review_reason: decision?.reason || null,
          listed: Number(listedAfter(status, original, isFit(original, c.benchmark_slug))),
        })
        .where("id", "=", c.id)
        .execute();
    changed++;
  }
  return changed;
}

async function curatedKeys(trx: Kysely<Database>, paperKeys: readonly string[]): Promise<string[]> {
  if (paperKeys.length === 0) return [];
  const keys = new Set<string>();
  for (const table of ["reviews", "flags"] as const)
    for (const r of await trx
      .selectFrom(table)
      .select("paper_key")
      .distinct()
      .where("paper_key", "in", [...paperKeys])
      .execute())
      keys.add(r.paper_key);
  return [...keys];
}

async function newestDecisions(
  trx: Kysely<Database>,
  paperKeys: readonly string[],
): Promise<Map<string, Decision>> {
  const rows = await trx
    .selectFrom("reviews")
    .select(["paper_key", "value_start", "value", "action", "fields", "reason"])
    .where("paper_key", "in", [...paperKeys])
    .orderBy("id")
    .execute();
  const out = new Map<string, Decision>();
  for (const r of rows)
    out.set(identityKey(r.paper_key, r.value_start, r.value), {
      action: r.action,
      fields: JSON.parse(r.fields) as CorrectionFields,
      reason: r.reason,
    });
  return out;
}

/** What a leaderboard row needs: a score or bound, with a benchmark and a metric. */
const isFit = (f: Pick<ExtractedFields, "kind" | "metric">, benchmark: number | string | null) =>
  (f.kind === "score" || f.kind === "bound") && benchmark !== null && f.metric !== null;

/** A rejection is never ranked; a verification ranks a claim that has what a row needs. */
function listedAfter(status: ReviewStatus | null, f: ExtractedFields, fit: boolean): boolean {
  if (status === "rejected") return false;
  if (status === "verified" || status === "corrected") return fit;
  return f.listed;
}

async function writeCorrection(
  trx: Kysely<Database>,
  claimId: number,
  original: ExtractedFields,
  status: ReviewStatus | null,
  decision: Decision | undefined,
): Promise<void> {
  const f = { ...original, ...(decision?.action === "corrected" ? decision.fields : {}) };
  const corrected = decision?.action === "corrected";
  const modelId = await keyId(trx, "models", modelKey(f.model), f.model);
  const benchmarkId = f.benchmark
    ? await keyId(trx, "benchmarks", benchmarkKey(f.benchmark), f.benchmark)
    : null;
  const direction = metricDirection(f.metric);
  if (benchmarkId !== null && f.metric !== null)
    await trx
      .insertInto("benchmark_metrics")
      .values({
        benchmark_id: benchmarkId,
        metric: f.metric,
        higher_is_better: direction === null ? null : Number(direction),
      })
      .onConflict((oc) => oc.columns(["benchmark_id", "metric"]).doNothing())
      .execute();
  const listed = listedAfter(status, original, isFit(f, benchmarkId));
  await trx
    .updateTable("claims")
    .set({
      model_id: modelId,
      model_raw: f.model,
      benchmark_id: benchmarkId,
      benchmark_raw: f.benchmark,
      metric: f.metric,
      metric_key: metricKey(f.metric),
      higher_is_better: direction === null ? null : Number(direction),
      setting: f.setting,
      value: f.value,
      unit: f.unit,
      kind: f.kind,
      self_reported: Number(f.self_reported),
      listed: Number(listed),
      review_status: status,
      review_reason: decision?.reason || null,
      extracted: corrected ? JSON.stringify(original) : null,
    })
    .where("id", "=", claimId)
    .execute();
}

async function keyId(
  trx: Kysely<Database>,
  table: "models" | "benchmarks",
  key: string,
  name: string,
): Promise<number> {
  await trx
    .insertInto(table)
    .values({ key, name })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await trx.selectFrom(table).select("id").where("key", "=", key).executeTakeFirstOrThrow();
  return row.id;
}
