/**
 * Curation on both databases: flags and their rate limit, verify / reject / correct and what
 * leaderboards then show, and decisions that survive a re-ingest under changed rules (re-attached
 * by claim identity, or kept as orphans when the claim is gone).
 */
import type { Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { extractClaims, modelKey, type Claim } from "../../extract";
import type { PaperInput } from "../../extract/read";
import { applyReviews } from "../../db/curation/apply-reviews";
import { mergeKeys } from "../../db/curation/merges";
import { exportCuration, importCuration, parseCuration } from "../../db/curation/transfer";
import { flagClaim, FLAGS_PER_CLIENT_PER_HOUR, reviewClaim } from "../../db/curation/record";
import { ingestPapers, preparePaper } from "../../db/ingest";
import { getLeaderboard } from "../../db/queries/leaderboard";
import { getReviewQueue } from "../../db/queries/review-queue";
import type { Database } from "../../db/schema";
import { LeaderboardParams } from "../../db/views/url-params";
import { writeBatch, type PreparedPaper } from "../../db/write-batch";
import { DIALECTS, freshDatabase } from "../fixtures/databases";
import { CURATION_PAPERS } from "./cases/curation-cases";

let db: Kysely<Database>;
const NOW = "2026-11-30T12:00:00.000Z";
const papers: PaperInput[] = CURATION_PAPERS.map((p, i) => ({
  ...p,
  abstract_raw: p.abstract,
  source: "test",
  line: i + 1,
}));

async function claimOf(model: string, value: number) {
  return db
    .selectFrom("claims")
    .innerJoin("models", "models.id", "claims.model_id")
    .selectAll("claims")
    .where("claims.model_raw", "=", model)
    .where("claims.value", "=", value)
    .executeTakeFirstOrThrow();
}

/** Two decisions several tests start from: Owl-B's 48.7 corrected to 52.5, Hawk-S's 44.1 rejected. */
async function correctOwlRejectHawkS(): Promise<void> {
  await reviewClaim(
    db,
    (await claimOf("Owl-B", 48.7)).id,
    { action: "correct", fields: { value: 52.5 } },
    "ada",
    NOW,
  );
  await reviewClaim(
    db,
    (await claimOf("Hawk-S", 44.1)).id,
    { action: "reject", reason: "val split" },
    "ada",
    NOW,
  );
}

const boardModels = async () =>
  (await getLeaderboard(db, "coco", LeaderboardParams.parse({})))!.rows.map(
    (r) => `${r.modelName} ${r.value}`,
  );

/** Re-ingests the papers as changed rules would extract them: every claim's rule renamed, one dropped. */
async function reingestWithChangedRules(drop: (c: Claim) => boolean): Promise<void> {
  const changed = (p: PaperInput) =>
    extractClaims(p)
      .filter((c) => !drop(c))
      .map((c) => ({ ...c, rule: "value-list" as const }));
  const prepared = papers.map((p) => preparePaper(p, undefined, changed) as PreparedPaper);
  await writeBatch(db, prepared);
}

describe.each(DIALECTS)("curation on %s", (dialect) => {
  beforeEach(async () => {
    db = await freshDatabase(dialect, "curation_test");
    await ingestPapers(db, papers);
  });
  afterEach(async () => {
    await db.destroy();
  });

  it("a flag marks the claim reported and queues it; one client is stopped after the hourly limit", async () => {
    const target = await claimOf("Hawk-L", 51.2);
    expect(
      await flagClaim(db, target.id, { claim: target.id, reason: "value", note: "<b>wrong</b>" }, "c1", NOW),
    ).toEqual({ ok: true });
    expect((await claimOf("Hawk-L", 51.2)).review_status).toBe("reported");
    const queue = await getReviewQueue(db, { reason: "reported" });
    expect(queue.map((q) => [q.claim?.modelName, q.flags.map((f) => f.note)])).toEqual([
      ["Hawk-L", ["<b>wrong</b>"]],
    ]);
    // The queue filters by what readers said is wrong.
    expect((await getReviewQueue(db, { reason: "value" })).length).toBe(1);
    expect(await getReviewQueue(db, { reason: "model" })).toEqual([]);
    for (let i = 1; i < FLAGS_PER_CLIENT_PER_HOUR; i++)
      expect(
        await flagClaim(db, target.id, { claim: target.id, reason: "model", note: "" }, "c1", NOW),
      ).toEqual({ ok: true });
    expect(
      await flagClaim(db, target.id, { claim: target.id, reason: "model", note: "" }, "c1", NOW),
    ).toEqual({
      refused: `too many reports: at most ${FLAGS_PER_CLIENT_PER_HOUR} an hour from one client`,
    });
    expect(
      await flagClaim(db, target.id, { claim: target.id, reason: "model", note: "" }, "c2", NOW),
    ).toEqual({ ok: true });
    const flags = await db
      .selectFrom("flags")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(flags.n)).toBe(FLAGS_PER_CLIENT_PER_HOUR + 1);
    expect(await flagClaim(db, 999_999, { claim: 999_999, reason: "value", note: "" }, "c3", NOW)).toEqual({
      missing: true,
    });
  });

  it("verify, reject and correct change what the leaderboard ranks, and each is in the audit log", async () => {
    expect(await boardModels()).toEqual(["Hawk-L 51.2", "Owl-B 48.7", "Hawk-S 44.1"]);
    const owl = await claimOf("Owl-B", 48.7);
    const hawkS = await claimOf("Hawk-S", 44.1);
    const hawkL = await claimOf("Hawk-L", 51.2);
    await reviewClaim(
      db,
      owl.id,
      { action: "correct", fields: { value: 52.5 }, reason: "the table says 52.5" },
      "ada",
      NOW,
    );
    await reviewClaim(db, hawkS.id, { action: "reject", reason: "a validation-split number" }, "ada", NOW);
    await reviewClaim(db, hawkL.id, { action: "verify" }, "bob", NOW);
    expect(await boardModels()).toEqual(["Owl-B 52.5", "Hawk-L 51.2"]);
    const board = (await getLeaderboard(db, "coco", LeaderboardParams.parse({})))!;
    expect(board.rows.map((r) => [r.reviewStatus, r.extracted?.value ?? null])).toEqual([
      ["corrected", 48.7],
      ["verified", null],
    ]);
    const rejected = await claimOf("Hawk-S", 44.1);
    expect([rejected.review_status, rejected.review_reason, rejected.listed]).toEqual([
      "rejected",
      "a validation-split number",
      0,
    ]);
    const log = await db
      .selectFrom("audit_log")
      .select(["actor", "action", "before", "after"])
      .orderBy("id")
      .execute();
    expect(log.map((l) => [l.actor, l.action])).toEqual([
      ["ada", "corrected"],
      ["ada", "rejected"],
      ["bob", "verified"],
    ]);
    expect(JSON.parse(log[0]!.before!).value).toBe(48.7);
    expect(JSON.parse(log[0]!.after!).value).toBe(52.5);
  });

  it("a re-ingest under changed rules keeps every decision; a review whose claim is gone is an orphan", async () => {
    await correctOwlRejectHawkS();
    await reviewClaim(db, (await claimOf("Hawk-L", 51.2)).id, { action: "verify" }, "ada", NOW);
    await reviewClaim(db, (await claimOf("Owl-B", 31.0)).id, { action: "verify" }, "ada", NOW);
    await reingestWithChangedRules((c) => c.value === 31);
    expect(await boardModels()).toEqual(["Owl-B 52.5", "Hawk-L 51.2"]);
    expect((await claimOf("Hawk-L", 51.2)).rule).toBe("value-list");
    expect((await claimOf("Hawk-S", 44.1)).review_status).toBe("rejected");
    const orphans = await getReviewQueue(db, { reason: "orphaned" });
    expect(orphans.map((o) => [o.orphan?.action, o.orphan?.value])).toEqual([["verified", 31]]);
    // Applying again changes nothing: the cache is a function of the record.
    const before = await db.selectFrom("claims").selectAll().orderBy("id").execute();
    await applyReviews(
      db,
      papers.map((p) => p.title.toLowerCase()),
    );
    await applyReviews(
      db,
      (await db.selectFrom("papers").select("title_key").execute()).map((p) => p.title_key),
    );
    expect(await db.selectFrom("claims").selectAll().orderBy("id").execute()).toEqual(before);
  });

  it("a merge moves the claims at once and applies to every later ingest", async () => {
    const result = await mergeKeys(
      db,
      { kind: "model", from: modelKey("Hawk-S"), into: modelKey("Hawk-L") },
      "ada",
      NOW,
    );
    expect(result).toEqual({ ok: true, moved: 1 });
    const hawkL = async () =>
      (await getLeaderboard(db, "coco", LeaderboardParams.parse({ rows: "all" })))!.rows
        .filter((r) => r.modelName === "Hawk-L")
        .map((r) => r.value);
    expect(await hawkL()).toEqual([51.2, 44.1]);
    await reingestWithChangedRules(() => false);
    expect(await hawkL()).toEqual([51.2, 44.1]);
    const models = await db
      .selectFrom("models")
      .select("key")
      .where("key", "=", modelKey("Hawk-S"))
      .execute();
    expect(models).toEqual([]);
    expect(
      await mergeKeys(db, { kind: "model", from: "nope", into: modelKey("Hawk-L") }, "ada", NOW),
    ).toEqual({
      error: "no model nope",
    });
  });
});

describe.each(DIALECTS)("curation moves from sqlite to %s as JSON Lines", (target) => {
  it("export, import into a fresh database: the same decisions; twice: nothing new; a bad line: named, the rest kept", async () => {
    db = await freshDatabase("sqlite", "transfer_source");
    await ingestPapers(db, papers);
    await correctOwlRejectHawkS();
    await mergeKeys(db, { kind: "model", from: modelKey("Hawk-L"), into: modelKey("Owl-B") }, "ada", NOW);
    const lines: string[] = [];
    for await (const line of exportCuration(db)) lines.push(line);
    await db.destroy();

    db = await freshDatabase(target, "transfer_target");
    await ingestPapers(db, papers);
    const text = [lines[0], '{"type": "review", "value": "x"}', ...lines.slice(1)].join("\n");
    const { records, problems } = parseCuration(text);
    expect(problems).toEqual([
      {
        line: 2,
        message: expect.stringMatching(/^paper_key: .*; value_start: .*; value: /) as unknown as string,
      },
    ]);
    const first = await importCuration(db, records);
    expect(first.added).toEqual({ review: 2, flag: 0, merge: 1, audit: 3 });
    // Hawk-L now counts as Owl-B (its best shows), Hawk-S is rejected.
    expect(await boardModels()).toEqual(["Owl-B 52.5"]);
    const again = await importCuration(db, records);
    expect(again).toEqual({ added: { review: 0, flag: 0, merge: 0, audit: 0 }, present: 6 });
    await db.destroy();
  });
});
