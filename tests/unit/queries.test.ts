import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../db/connection";
import { openDatabase } from "../../db/dialect";
import { getComparison } from "../../db/queries/compare";
import { listClaims } from "../../db/queries/claims";
import { listBenchmarks } from "../../db/queries/benchmarks";
import { getLeaderboard } from "../../db/queries/leaderboard";
import { getModelPage, listModels } from "../../db/queries/models";
import { countRows, getPaperPage } from "../../db/queries/papers";
import type { Database } from "../../db/schema";
import { ClaimsParams, LeaderboardParams, ModelParams, parseParams } from "../../db/views/params";
import { FIXTURE_DB, FIXTURE_SCHEMA } from "../fixtures/build-fixture-db";
import { DIALECTS, PG_SKIP_MESSAGE, PG_URL, pgSchemaUrl } from "../fixtures/databases";

let db: Kysely<Database>;

if (!PG_URL) describe("on postgres", () => {
  it.skip(PG_SKIP_MESSAGE, () => undefined);
});

describe.each(DIALECTS)("on %s", (dialect) => {
beforeAll(() => {
  db = dialect === "sqlite" ? openDb(FIXTURE_DB, { readonly: true }) : openDatabase({ kind: "postgres", url: pgSchemaUrl(FIXTURE_SCHEMA) });
});
afterAll(async () => {
  await db.destroy();
});

const board = (slug: string, params: Record<string, string> = {}) => getLeaderboard(db, slug, LeaderboardParams.parse(params));

describe("leaderboard", () => {
  it("ranks a higher-is-better metric best first, and sorts both ways", async () => {
    const desc = await board("coco", { metric: "ap" });
    expect(desc!.metric).toMatchObject({ key: "ap", higherIsBetter: true });
    expect(desc!.rows.map((r) => r.value)).toEqual([56.2, 55.3, 54.3, 53.1, 43.5, 43.3, 35.9]);
    expect(desc!.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const asc = await board("coco", { metric: "ap", dir: "asc" });
    expect(asc!.rows.map((r) => r.value)).toEqual([35.9, 43.3, 43.5, 53.1, 54.3, 55.3, 56.2]);
    expect(asc!.rows[0]!.rank).toBe(7);
  });

  it("ranks a lower-is-better metric smallest first", async () => {
    const wer = await board("librispeech");
    expect(wer!.metric?.higherIsBetter).toBe(false);
    expect(wer!.rows.map((r) => [r.rank, r.value])).toEqual([[1, 6], [2, 6.5], [3, 7.5]]);
  });

  it("filters by text and self-reported, and links each row to its evidence", async () => {
    const rt = await board("coco", { metric: "ap", q: "rt-detr-r50" });
    expect(rt!.rows.map((r) => r.modelName)).toEqual(["RT-DETR-R50", "RT-DETR-R50"]);
    expect(rt!.rows[0]!.href).toMatch(/^\/papers\/\d+#claim-\d+$/);
    expect((await board("coco", { metric: "ap", self: "third-party" }))!.rows).toEqual([]);
  });

  it("builds the best-so-far timeline only when dates differ", async () => {
    const coco = await board("coco", { metric: "ap" });
    expect(coco!.timeline.map((p) => p.value)).toEqual([43.5, 56.2]);
    expect(coco!.ranking[0]).toMatchObject({ modelName: "RT-DETR-R101", value: 56.2 });
  });

  it("returns null for an unknown benchmark, and pages through a leaderboard keeping global ranks", async () => {
    expect(await board("no-such-benchmark")).toBeNull();
    const second = await board("coco", { metric: "ap", per: "3", page: "2" });
    expect(second!.total).toBe(7);
    expect(second!.rows.map((r) => [r.rank, r.value])).toEqual([[4, 53.1], [5, 43.5], [6, 43.3]]);
    const byModel = await board("coco", { metric: "ap", sort: "model", per: "2" });
    expect(byModel!.rows.map((r) => [r.modelName, r.rank])).toEqual([["RT-DETR-R101", 3], ["RT-DETR-R101", 1]]);
  });
});

describe("models, papers, compare and claims", () => {
  it("merges a model's spellings and lists its claims", async () => {
    const page = await getModelPage(db, "deepseekv3", ModelParams.parse({}));
    expect(page!.model.name).toBe("DeepSeek-V3");
    expect(page!.rows.length).toBeGreaterThanOrEqual(4);
    expect(new Set(page!.rows.map((r) => r.modelSlug))).toEqual(new Set(["deepseekv3"]));
    expect((await listModels(db, "deepseek", 50)).map((m) => m.slug)).toContain("deepseekv3");
  });

  it("reads a paper with its claims in order and offsets inside the abstract", async () => {
    const paper = await getPaperPage(db, 104);
    expect(paper!.arxivId).toBe("2304.08069");
    expect(paper!.claims.map((c) => c.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const c of paper!.claims) expect(paper!.abstract.slice(c.start, c.end)).toBe(c.evidence);
    expect(await getPaperPage(db, 999999)).toBeNull();
  });

  it("compares models on shared benchmarks with a direction-aware winner", async () => {
    const cmp = await getComparison(db, ["rtdetrr50", "rtdetrr101", "nope"]);
    expect(cmp.missing).toEqual(["nope"]);
    const ap = cmp.rows.find((r) => r.benchmarkSlug === "coco" && r.metric === "AP")!;
    expect(ap.cells.map((c) => [c.modelSlug, c.best?.value, c.isWinner])).toEqual([
      ["rtdetrr50", 55.3, false],
      ["rtdetrr101", 56.2, true],
    ]);
    expect(ap.cells[0]!.claims).toHaveLength(2);
  });

  it("pages through all claims with filters", async () => {
    const all = await listClaims(db, ClaimsParams.parse({ per: "10" }));
    expect(all.rows).toHaveLength(10);
    expect(all.total).toBe((await countRows(db)).claims);
    const speedups = await listClaims(db, ClaimsParams.parse({ kind: "speedup", per: "500" }));
    expect(speedups.rows.every((r) => r.kind === "speedup")).toBe(true);
    expect(speedups.total).toBe(speedups.rows.length);
    const unknown = await listClaims(db, ClaimsParams.parse({ model: "no-such-model" }));
    expect(unknown.total).toBe(0);
  });

  it("lists benchmarks with the best score per metric, direction-aware", async () => {
    const [coco] = await listBenchmarks(db, "coco");
    expect(coco!.leaders).toContainEqual({ metric: "AP", model: "RT-DETR-R101", modelSlug: "rtdetrr101", value: 56.2, unit: "%" });
    const [libri] = await listBenchmarks(db, "librispeech");
    expect(libri!.leaders.find((l) => l.metric === "WER")?.value).toBe(6);
  });

  it("treats SQL metacharacters in text filters as text", async () => {
    const hostile = await listClaims(db, ClaimsParams.parse({ q: "%' OR 1=1 --" }));
    expect(hostile.total).toBe(0);
    expect((await listBenchmarks(db, "_")).length).toBe(0);
    expect((await listBenchmarks(db, "coco")).map((b) => b.slug)).toEqual(["coco"]);
  });
});

});

describe("URL parameters", () => {
  it("name the parameter and the allowed values", () => {
    expect(parseParams(LeaderboardParams, { sort: "bogus" })).toEqual({ ok: false, error: 'sort must be one of value, model, benchmark, paper, date, self, kind (got "bogus")' });
    expect(parseParams(ClaimsParams, { per: "0" })).toEqual({ ok: false, error: "per must be at least 1" });
    expect(parseParams(ClaimsParams, new URLSearchParams("kind=delta&page=2"))).toMatchObject({ ok: true, data: { kind: "delta", page: 2 } });
  });
});
