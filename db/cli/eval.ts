/**
 * `npm run eval [-- --gold PATH --corpus PATH ...] [--verbose] [--json]`: scores the extractor on
 * every gold set it is given (by default the founding corpus and every shared set in ../shared),
 * with the reference scorer's rules: per set, lenient and strict P/R for score claims, strict P/R
 * of listed score claims, and lenient P/R for all kinds. Exits 1 when the founding corpus is below
 * the bar the project commits to.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { scoreClaims } from "../eval/score-claims";
import {
  defaultGoldSets,
  predictionsFor,
  readGold,
  scoreSet,
  type Figure,
  type GoldSet,
  type ScoredClaim,
  GoldReadError,
} from "../eval/gold-sets";
import { FileReadError } from "./load-corpus";

export const BARS = {
  score: { precision: 0.9, recall: 0.8 },
  all: { precision: 0.85, recall: 0.7 },
} as const;
/** The targets for every set, founding or not (issue 8); printed beside the figures. */
export const TARGETS = {
  listedStrict: { precision: 0.9, recall: 0.6 },
  allLenient: { precision: 0.85, recall: 0.7 },
} as const;

const ArgsSchema = z
  .object({
    gold: z.array(z.string().min(1)).default([]),
    corpus: z.array(z.string().min(1)).default([]),
    verbose: z.boolean().default(false),
    json: z.boolean().default(false),
  })
  .refine((a) => a.gold.length === a.corpus.length, {
    message: "--gold and --corpus come in pairs: give one --corpus for each --gold",
  });

const pr = (f: Figure): string =>
  `${f.precision.toFixed(3)}/${f.recall.toFixed(3)} (${f.tp}/${f.pred}/${f.gold})`;

function printVerbose(set: GoldSet, predicted: ScoredClaim[]): void {
  const r = scoreClaims(
    readGold(set.gold),
    predicted.filter((c) => c.listed),
    new Set(["score"]),
    true,
  );
  const fields = ["model", "benchmark", "metric", "value"] as const;
  const pick = (c: Partial<Record<(typeof fields)[number], unknown>>) =>
    Object.fromEntries(fields.map((f) => [f, c[f]]));
  for (const g of r.misses)
    console.log(`${set.name} MISS`, JSON.stringify({ ...pick(g), evidence: g.evidence }));
  for (const p of r.falsePositives)
    console.log(`${set.name} FP  `, JSON.stringify({ ...pick(p), title: p.title.slice(0, 60) }));
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: "string", multiple: true },
      corpus: { type: "string", multiple: true },
      verbose: { type: "boolean" },
      json: { type: "boolean" },
    },
  });
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(`eval: ${parsed.error.issues[0]?.message}`);
    return 1;
  }
  const args = parsed.data;
  const sets: GoldSet[] = args.gold.length
    ? args.gold.map((gold, i) => ({ name: gold, gold, corpus: args.corpus[i]! }))
    : defaultGoldSets();
  // Each corpus is extracted once: the figures and the verbose listing share the predictions.
  const figures = sets.map((set) => {
    const predicted = predictionsFor(set.corpus);
    if (args.verbose) printVerbose(set, predicted);
    return scoreSet(set, predicted);
  });
  if (args.json) console.log(JSON.stringify({ sets: figures, bars: BARS, targets: TARGETS }));
  else {
    console.log(
      "set: score lenient | score strict | listed score strict | all kinds lenient   (P/R (matched/predicted/gold))",
    );
    for (const f of figures)
      console.log(
        `${f.name}: ${pr(f.scoreLenient)} | ${pr(f.scoreStrict)} | ${pr(f.listedStrict)} | ${pr(f.allLenient)}`,
      );
  }
  const founding =
    figures.find((f) => f.name === "daily-papers") ?? (sets.length === 1 ? figures[0] : undefined);
  if (!founding) return 0;
  const met =
    founding.scoreLenient.precision >= BARS.score.precision &&
    founding.scoreLenient.recall >= BARS.score.recall &&
    founding.allLenient.precision >= BARS.all.precision &&
    founding.allLenient.recall >= BARS.all.recall;
  if (!met)
    console.error(
      `below the bar on ${founding.name}: score claims need P>=${BARS.score.precision} R>=${BARS.score.recall}; all kinds P>=${BARS.all.precision} R>=${BARS.all.recall}`,
    );
  return met ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A missing or broken gold or corpus file: one line naming it, not a stack.
  if (!(error instanceof GoldReadError || error instanceof FileReadError)) throw error;
  console.error(`eval: ${error.message}`);
  process.exitCode = 1;
}
