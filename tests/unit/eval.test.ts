import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLAIM_KINDS, extractClaims } from "../../extract";
import { scoreClaims, type GoldPaper } from "../../db/eval/score-claims";
import { loadCorpusFiles } from "../../db/cli/load-corpus";
import { defaultGoldSets, predictionsFor, readGold } from "../../db/eval/gold-sets";

const GOLD = "tests/fixtures/gold/seed-visible.jsonl";
const gold: GoldPaper[] = readGold(GOLD);
const predicted = loadCorpusFiles(["db/seed/daily-papers.txt"]).papers.flatMap((p) =>
  extractClaims(p).map((c) => ({ ...c, title: p.title })),
);

/** The reference scorer's counts for these predictions (written to a temporary JSON Lines file). */
function referenceCounts(goldFile: string, claims: object[], args: string[]) {
  const pred = join(mkdtempSync(join(tmpdir(), "claimboard-eval-")), "pred.jsonl");
  writeFileSync(pred, claims.map((c) => JSON.stringify(c)).join("\n") + "\n");
  const out = execFileSync("python3", ["tests/fixtures/score.py", goldFile, pred, ...args, "--json"], {
    encoding: "utf8",
  });
  const { tp, pred: predCount, gold } = JSON.parse(out) as { tp: number; pred: number; gold: number };
  return { tp, pred: predCount, gold };
}

const countsOf = (r: { tp: number; pred: number; gold: number }) => ({
  tp: r.tp,
  pred: r.pred,
  gold: r.gold,
});

describe("extraction quality on the gold set", () => {
  it("meets the bar for score claims (precision >= 0.90, recall >= 0.80)", () => {
    const r = scoreClaims(gold, predicted, new Set(["score"]));
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
  });

  it("meets the bar for all kinds (precision >= 0.85, recall >= 0.70)", () => {
    const r = scoreClaims(gold, predicted, new Set(CLAIM_KINDS));
    expect(r.precision).toBeGreaterThanOrEqual(0.85);
    expect(r.recall).toBeGreaterThanOrEqual(0.7);
  });

  it("agrees with the reference scorer (score.py) to the claim", () => {
    for (const kinds of ["score", CLAIM_KINDS.join(",")]) {
      const ours = scoreClaims(gold, predicted, new Set(kinds.split(",")));
      expect(countsOf(ours)).toEqual(referenceCounts(GOLD, predicted, ["--kinds", kinds]));
    }
  });

  it.each(defaultGoldSets())(
    "agrees with score.py --strict on the listed claims of $name, claim for claim",
    (set) => {
      const listed = predictionsFor(set.corpus).filter((c) => c.listed);
      for (const kinds of ["score", CLAIM_KINDS.join(",")]) {
        const ours = scoreClaims(readGold(set.gold), listed, new Set(kinds.split(",")), true);
        expect(countsOf(ours)).toEqual(referenceCounts(set.gold, listed, ["--kinds", kinds, "--strict"]));
      }
    },
  );

  it("scores strictly: the metric with its numbers, no invented benchmark, self_reported", () => {
    const g: GoldPaper[] = [
      {
        title: "T",
        claims: [
          {
            model: "Orca-7B",
            benchmark: null,
            value: 91,
            unit: "%",
            kind: "score",
            metric: "top-3 accuracy",
            self_reported: true,
          },
        ],
      },
    ];
    const hit = {
      title: "T",
      model: "Orca-7B",
      benchmark: null,
      metric: "top-3 accuracy",
      value: 91,
      unit: "%",
      kind: "score",
      self_reported: true,
    };
    const strict = (p: typeof hit | Record<string, unknown>) =>
      scoreClaims(g, [p as typeof hit], new Set(["score"]), true).tp;
    expect(strict(hit)).toBe(1);
    expect(strict({ ...hit, metric: "accuracy" })).toBe(0);
    expect(strict({ ...hit, benchmark: "ImageNet" })).toBe(0);
    expect(strict({ ...hit, self_reported: false })).toBe(0);
    expect(strict({ ...hit, model: "Orca-13B" })).toBe(0);
    expect(scoreClaims(g, [{ ...hit, metric: "accuracy" }], new Set(["score"])).tp).toBe(1);
  });

  it("scores a known prediction set the way the reference rules say", () => {
    const g: GoldPaper[] = [
      {
        title: "T",
        claims: [
          {
            model: "DeepSeek-Prover-V2-671B",
            model_alt: ["DeepSeek-Prover-V2"],
            benchmark: "MiniF2F-test",
            benchmark_alt: [],
            value: 88.9,
            unit: "%",
            kind: "score",
          },
        ],
      },
    ];
    const hit = {
      title: "T",
      model: "deepseek prover v2",
      benchmark: "minif2f-test",
      value: 88.9,
      unit: "%",
      kind: "score",
    };
    expect(scoreClaims(g, [hit], new Set(["score"])).tp).toBe(1);
    expect(scoreClaims(g, [{ ...hit, unit: "" }], new Set(["score"])).tp).toBe(0);
    expect(scoreClaims(g, [{ ...hit, model: "v2" }], new Set(["score"])).tp).toBe(0);
  });
});
