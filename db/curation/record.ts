/**
 * The curation write path: a reader's flag and a curator's review, each in one transaction with
 * its audit entry, then re-applied to the claims table. The caller passes the clock (`now`, ISO)
 * and who acts, so the record is testable and says who and when.
 */
import type { Kysely } from "kysely";
import type { ClaimIdentity, Database, ExtractedFields, ReviewAction } from "../schema";
import { writeTransaction } from "../write-transaction";
import { applyReviews } from "./apply-reviews";
import { BY_ID, EVERY_CLAIM, selectClaims } from "../queries/claim-rows";
import type { FlagInput, ReviewInput } from "./inputs";

export const FLAGS_PER_CLIENT_PER_HOUR = 20;
/** However many clients there are, flags cannot grow the database faster than this. */
export const FLAGS_PER_HOUR_IN_ALL = 1000;

export type FlagResult = { ok: true } | { refused: string } | { missing: true };

const ACTIONS: Record<ReviewInput["action"], ReviewAction> = {
  verify: "verified",
  reject: "rejected",
  correct: "corrected",
};

/** The identity and current state of a claim row, or null when there is no such claim. */
async function claimState(trx: Kysely<Database>, claimId: number) {
  const row = await selectClaims(trx, EVERY_CLAIM, BY_ID).where("claims.id", "=", claimId).executeTakeFirst();
  if (!row) return null;
  const extractedValue = row.extracted ? (JSON.parse(row.extracted) as ExtractedFields).value : row.value;
  const identity: ClaimIdentity = {
    paper_key: row.paper_key,
    value_start: row.value_start,
    value: extractedValue,
  };
  // What the audit log keeps of the claim before and after a decision.
  const state = {
    review_status: row.review_status,
    model: row.model_raw,
    benchmark: row.benchmark_raw,
    metric: row.metric,
    setting: row.setting,
    value: row.value,
    unit: row.unit,
    kind: row.kind,
    listed: row.listed,
  };
  return { identity, state };
}

const hourBefore = (now: string) => new Date(Date.parse(now) - 3_600_000).toISOString();

export async function flagClaim(
  db: Kysely<Database>,
  claimId: number,
  input: FlagInput,
  client: string,
  now: string,
): Promise<FlagResult> {
  return writeTransaction(db, async (trx) => {
    const since = hourBefore(now);
    const count = async (byClient: boolean) =>
      Number(
        (
          await trx
            .selectFrom("flags")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("created_at", ">", since)
            .$if(byClient, (qb) => qb.where("client", "=", client))
            .executeTakeFirstOrThrow()
        ).n,
      );
    if ((await count(true)) >= FLAGS_PER_CLIENT_PER_HOUR)
      return { refused: `too many reports: at most ${FLAGS_PER_CLIENT_PER_HOUR} an hour from one client` };
    if ((await count(false)) >= FLAGS_PER_HOUR_IN_ALL)
      return {
        refused: `too many reports: at most ${FLAGS_PER_HOUR_IN_ALL} an hour in all; try again later`,
      };
    const claim = await claimState(trx, claimId);
    if (!claim) return { missing: true };
    const flag = { ...claim.identity, reason: input.reason, note: input.note, client, created_at: now };
    await trx.insertInto("flags").values(flag).execute();
    await audit(trx, now, "reader", "flag", claim.identity, null, { reason: input.reason, note: input.note });
    await applyReviews(trx, [claim.identity.paper_key]);
    return { ok: true };
  });
}

/** Records a curator's decision; null when there is no such claim. */
export async function reviewClaim(
  db: Kysely<Database>,
  claimId: number,
  input: ReviewInput,
  curator: string,
  now: string,
): Promise<{ status: ReviewAction } | null> {
  return writeTransaction(db, async (trx) => {
    const claim = await claimState(trx, claimId);
    if (!claim) return null;
    const action = ACTIONS[input.action];
    await trx
      .insertInto("reviews")
      .values({
        ...claim.identity,
        action,
        reason: "reason" in input ? (input.reason ?? "") : "",
        fields: JSON.stringify(input.action === "correct" ? input.fields : {}),
        curator,
        created_at: now,
      })
      .execute();
    await trx
      .updateTable("flags")
      .set({ reviewed_at: now })
      .where("paper_key", "=", claim.identity.paper_key)
      .where("value_start", "=", claim.identity.value_start)
      .where("reviewed_at", "is", null)
      .execute();
    await applyReviews(trx, [claim.identity.paper_key]);
    const after = await claimState(trx, claimId);
    await audit(trx, now, curator, action, claim.identity, claim.state, after?.state ?? null);
    return { status: action };
  });
}

async function audit(
  trx: Kysely<Database>,
  at: string,
  actor: string,
  action: string,
  target: ClaimIdentity,
  before: object | null,
  after: object | null,
): Promise<void> {
  await trx
    .insertInto("audit_log")
    .values({
      at,
      actor,
      action,
      target: JSON.stringify(target),
      before: before && JSON.stringify(before),
      after: after && JSON.stringify(after),
    })
    .execute();
}
