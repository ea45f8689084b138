/** The extractor's scores on the gold set, for the About page: computed once per server process. */
import { readFileSync } from "node:fs";
import { CLAIM_KINDS, extractClaims } from "../../extract";
import { readCorpus } from "../../extract/read";
import { scoreClaims, type GoldPaper } from "../../extract/score";

export interface EvalFigures {
  score: { precision: number; recall: number; f1: number; gold: number };
  all: { precision: number; recall: number; f1: number; gold: number };
}

let cached: EvalFigures | null | undefined;

export function evalFigures(goldPath = "tests/fixtures/gold/seed-visible.jsonl", corpusPath = "db/seed/daily-papers.txt"): EvalFigures | null {
  if (cached !== undefined) return cached;
  try {
    const gold = readFileSync(/*turbopackIgnore: true*/ goldPath, "utf8").trim().split("\n").map((l) => JSON.parse(l) as GoldPaper);
    const papers = readCorpus(readFileSync(/*turbopackIgnore: true*/ corpusPath, "utf8"), corpusPath).papers;
    const predicted = papers.flatMap((p) => extractClaims(p).map((c) => ({ ...c, title: p.title })));
    const pick = ({ precision, recall, f1, gold: n }: ReturnType<typeof scoreClaims>) => ({ precision, recall, f1, gold: n });
    cached = { score: pick(scoreClaims(gold, predicted, new Set(["score"]))), all: pick(scoreClaims(gold, predicted, new Set(CLAIM_KINDS))) };
  } catch {
    cached = null;
  }
  return cached;
}
