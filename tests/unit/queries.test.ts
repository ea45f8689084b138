import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../db/connection";
import { getComparison, suggestForComparison } from "../../db/queries/compare";
import { listClaims } from "../../db/queries/claims";
import { benchmarkAreas, countBenchmarks, listBenchmarks } from "../../db/queries/benchmarks";
import { getLeaderboard } from "../../db/queries/leaderboard";
import { countModels, getModelPage, listModels, modelFamilies } from "../../db/queries/models";
import { countRows, getPaperPage } from "../../db/queries/papers";
import { getEvalFigures } from "../../db/queries/eval-figures";
import type { Database } from "../../db/schema";
import { ClaimsParams, LeaderboardParams, ModelParams, parseParams } from "../../db/views/url-params";
import { FIXTURE_DB, openFixture } from "../fixtures/build-fixture-db";
import { DIALECTS, PG_SKIP_MESSAGE, PG_URL } from "../fixtures/databases";

let db: Kysely<Database>;

if (!PG_URL)
  describe("on postgres", () => {
    it.skip(PG_SKIP_MESSAGE, () => undefined);
  });

describe.each(DIALECTS)("on %s", (dialect) => {
  beforeAll(() => {
    db = openFixture(dialect);
  });
  afterAll(async () => {
    await db.destroy();
  });

  const board = (slug: string, params: Record<string, string> = {}) =>
    getLeaderboard(db, slug, LeaderboardParams.parse(params));

  describe("leaderboard", () => {
    it("ranks a higher-is-better metric best first, and sorts both ways", async () => {
      // AP and mAP share one tab; the standard setting opens first.
      const desc = await board("coco", { metric: "ap" });
      expect(desc!.metric).toMatchObject({ key: "ap", higherIsBetter: true });
      expect(desc!.setting?.key).toBe("standard");
      expect(desc!.rows.map((r) => r.value)).toEqual([62.2, 54.3, 53.1, 43.5, 35.9]);
      expect(desc!.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
      const asc = await board("coco", { metric: "mAP", dir: "asc" });
      expect(asc!.rows.map((r) => r.value)).toEqual([35.9, 43.5, 53.1, 54.3, 62.2]);
      expect(asc!.rows[0]!.rank).toBe(5);
    });

    it("never ranks claims of different settings together, and lists each setting", async () => {
      const coco = await board("coco", { metric: "ap" });
      expect(coco!.settings.map((s) => [s.key, s.count])).toEqual([
        ["standard", 5],
        ["Objects365 pre-training", 2],
        ["quantized", 1],
      ]);
      const extra = await board("coco", { metric: "ap", setting: "Objects365 pre-training" });
      expect(extra!.rows.map((r) => [r.modelName, r.value, r.setting])).toEqual([
        ["RT-DETR-R101", 56.2, "Objects365 pre-training"],
        ["RT-DETR-R50", 55.3, "Objects365 pre-training"],
      ]);
      const unknown = await board("coco", { metric: "ap", setting: "no such setting" });
      expect(unknown!.setting?.key).toBe("standard");
    });

    it("shows only listed claims: metric-less, delta and unlisted rows never reach a leaderboard", async () => {
      const coco = await board("coco", { kind: "all", rows: "all" });
      expect(coco!.metrics.map((m) => m.key)).not.toContain("none");
      for (const m of coco!.metrics) {
        const rows = (await board("coco", { kind: "all", rows: "all", metric: m.key, per: "500" }))!.rows;
        expect(rows.every((r) => r.listed && r.kind !== "delta")).toBe(true);
      }
    });

    it("ranks a lower-is-better metric smallest first", async () => {
      const wer = await board("librispeech", { rows: "all" });
      expect(wer!.metric?.higherIsBetter).toBe(false);
      expect(wer!.rows.map((r) => [r.rank, r.value])).toEqual([
        [1, 6],
        [2, 6.5],
        [3, 7.5],
      ]);
      // By default each model shows its best claim only.
      expect((await board("librispeech"))!.rows.map((r) => [r.rank, r.value])).toEqual([[1, 6]]);
    });

    it("filters by text and self-reported, and links each row to its evidence", async () => {
      const rt = await board("coco", { metric: "ap", q: "rt-detr-r50" });
      expect(rt!.rows.map((r) => r.modelName)).toEqual(["RT-DETR-R50"]);
      expect(rt!.rows[0]!.href).toMatch(/^\/papers\/\d+#claim-\d+$/);
      expect((await board("coco", { metric: "ap", self: "third-party" }))!.rows).toEqual([]);
    });

    it("builds the best-so-far timeline only when dates differ", async () => {
      const coco = await board("coco", { metric: "ap" });
      expect(coco!.timeline.map((p) => p.value)).toEqual([43.5, 62.2]);
      expect(coco!.ranking[0]).toMatchObject({ modelName: "AGVM", value: 62.2 });
    });

    it("returns null for an unknown benchmark, and pages through a leaderboard keeping global ranks", async () => {
      expect(await board("no-such-benchmark")).toBeNull();
      const second = await board("coco", { metric: "ap", per: "3", page: "2" });
      expect(second!.total).toBe(5);
      expect(second!.rows.map((r) => [r.rank, r.value])).toEqual([
        [4, 43.5],
        [5, 35.9],
      ]);
      const byModel = await board("coco", { metric: "ap", sort: "model", per: "2" });
      expect(byModel!.rows.map((r) => [r.modelName, r.rank])).toEqual([
        ["AGVM", 1],
        ["RT-DETR-R101", 2],
      ]);
    });
  });

  describe("models, papers, compare and claims", () => {
    it("merges a model's spellings and lists its claims", async () => {
      const page = await getModelPage(db, "deepseekv3", ModelParams.parse({}));
      expect(page!.model.name).toBe("DeepSeek-V3");
      expect(page!.rows.length).toBeGreaterThanOrEqual(4);
      expect(new Set(page!.rows.map((r) => r.modelSlug))).toEqual(new Set(["deepseekv3"]));
      expect((await listModels(db, { q: "deepseek" }, 50)).map((m) => m.slug)).toContain("deepseekv3");
    });

    it("builds a model's leaderboard links and chart from all its claims, not the page shown", async () => {
      const onePerPage = await getModelPage(db, "deepseekv3", ModelParams.parse({ per: "1" }));
      expect(onePerPage!.rows).toHaveLength(1);
      expect(onePerPage!.leaderboards.length).toBe(3);
      expect(onePerPage!.chart.length).toBeGreaterThan(1);
      for (const bar of onePerPage!.chart) expect([bar.kind, bar.listed]).toEqual(["score", true]);
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
      const ap = cmp.rows.find((r) => r.benchmarkSlug === "coco" && r.metric === "AP" && r.setting === null)!;
      expect(ap.cells.map((c) => [c.modelSlug, c.best?.value, c.isWinner])).toEqual([
        ["rtdetrr50", 53.1, false],
        ["rtdetrr101", 54.3, true],
      ]);
      expect(ap.cells[0]!.claims).toHaveLength(1);
      // Extra pre-training data is its own row, never mixed with the standard setting.
      const extra = cmp.rows.find(
        (r) => r.benchmarkSlug === "coco" && r.setting === "Objects365 pre-training",
      )!;
      expect(extra.cells.map((c) => c.best?.value)).toEqual([55.3, 56.2]);
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
      const [coco] = await listBenchmarks(db, { q: "coco" });
      expect(coco!.leaders).toContainEqual({
        metric: "mAP",
        model: "AGVM",
        modelSlug: "agvm",
        value: 62.2,
        unit: "",
      });
      const [libri] = await listBenchmarks(db, { q: "librispeech" });
      expect(libri!.leaders.find((l) => l.metric === "WER")?.value).toBe(6);
    });

    it("sorts the benchmark index by models and by newest result, and filters it by area", async () => {
      const byModels = await listBenchmarks(db, { q: "", sort: "models" }, 50);
      const models = byModels.map((b) => b.models);
      expect(models).toEqual([...models].sort((a, b) => b - a));
      const byNewest = await listBenchmarks(db, { q: "", sort: "newest" }, 50);
      const dated = byNewest.map((b) => b.newest).filter((d) => d !== null);
      expect(dated.length).toBeGreaterThan(3);
      expect(dated).toEqual([...dated].sort().reverse());
      const vision = await listBenchmarks(db, { q: "", area: "vision" }, 500);
      expect(vision.map((b) => b.slug)).toContain("coco");
      expect(vision.every((b) => b.area === "vision")).toBe(true);
      expect(await countBenchmarks(db, { q: "", area: "vision" })).toBe(vision.length);
      expect(await benchmarkAreas(db)).toContain("vision");
    });

    it("filters the model index by family and by the size the name states", async () => {
      const families = await modelFamilies(db);
      expect(families).toContain("DeepSeek");
      const deepseek = await listModels(db, { q: "", family: "DeepSeek" }, 500);
      expect(deepseek.length).toBeGreaterThan(1);
      expect(deepseek.every((m) => m.family === "DeepSeek")).toBe(true);
      const small = await listModels(db, { q: "", size: "le8" }, 500);
      expect(small.length).toBeGreaterThan(0);
      expect(small.every((m) => m.params !== null && m.params <= 8)).toBe(true);
      const unsized = await listModels(db, { q: "", size: "unknown" }, 5);
      expect(unsized.every((m) => m.params === null)).toBe(true);
      expect(await countModels(db, { q: "", size: "le8" })).toBe(small.length);
      const byBenchmarks = (await listModels(db, { q: "", sort: "benchmarks" }, 30)).map((m) => m.benchmarks);
      expect(byBenchmarks).toEqual([...byBenchmarks].sort((a, b) => b - a));
    });

    it("suggests models that share the most leaderboards with those picked, never a picked one", async () => {
      const suggestions = await suggestForComparison(db, ["rtdetrr50"]);
      expect(suggestions.map((s) => s.slug)).toContain("rtdetrr101");
      expect(suggestions.map((s) => s.slug)).not.toContain("rtdetrr50");
      const shared = suggestions.map((s) => s.shared);
      expect(shared).toEqual([...shared].sort((a, b) => b - a));
      expect(shared.every((n) => n >= 1)).toBe(true);
      expect(await suggestForComparison(db, ["no-such-model"])).toEqual([]);
    });

    it("reads the gold-set figures the build stored, founding corpus first", async () => {
      const figures = await getEvalFigures(db);
      expect(figures[0]?.name).toBe("daily-papers");
      for (const f of figures) {
        for (const x of [f.scoreLenient, f.listedStrict]) expect(x.precision).toBeGreaterThan(0);
      }
    });

    it("treats SQL metacharacters in text filters as text", async () => {
      const hostile = await listClaims(db, ClaimsParams.parse({ q: "%' OR 1=1 --" }));
      expect(hostile.total).toBe(0);
      expect((await listBenchmarks(db, { q: "_" })).length).toBe(0);
      expect((await listBenchmarks(db, { q: "coco" })).map((b) => b.slug)).toEqual(["coco"]);
    });
  });
});

describe("URL parameters", () => {
  it("name the parameter and the allowed values", () => {
    expect(parseParams(LeaderboardParams, { sort: "bogus" })).toEqual({
      ok: false,
      error: 'sort must be one of value, model, benchmark, paper, date, self, kind (got "bogus")',
    });
    expect(parseParams(ClaimsParams, { per: "0" })).toEqual({ ok: false, error: "per must be at least 1" });
    expect(parseParams(ClaimsParams, new URLSearchParams("kind=delta&page=2"))).toMatchObject({
      ok: true,
      data: { kind: "delta", page: 2 },
    });
  });

  it("read hidden columns in table order, each once, and drop an empty list", () => {
    expect(parseParams(ClaimsParams, { hide: "evidence, paper,evidence" })).toMatchObject({
      ok: true,
      data: { hide: ["paper", "evidence"] },
    });
    expect(parseParams(ClaimsParams, { hide: "," })).toMatchObject({ ok: true, data: { hide: undefined } });
    expect(parseParams(ModelParams, { hide: "paper,<script>" })).toEqual({
      ok: false,
      error:
        'hide must be one of rank, model, benchmark, metric, setting, value, kind, self, trust, paper, date, evidence, rule, review (got "<script>")',
    });
  });
});

describe("a stored non-web link", () => {
  it.each(["javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:msgbox(1)"])(
    "%s is never handed to the paper page",
    async (url) => {
      const dir = mkdtempSync(join(tmpdir(), "claimboard-url-"));
      const path = join(dir, "copy.sqlite");
      copyFileSync(FIXTURE_DB, path);
      const raw = new BetterSqlite3(path);
      const id = (raw.prepare("select id from papers order by id limit 1").get() as { id: number }).id;
      raw.prepare("update papers set url = ?, arxiv_id = null where id = ?").run(url, id);
      raw.close();
      const copy = openDb(path, { readonly: true });
      expect((await getPaperPage(copy, id))?.url).toBeNull();
      await copy.destroy();
    },
  );
});
