/**
 * `npm run eval [-- --gold PATH] [--corpus PATH] [--verbose] [--json]`: scores the extractor on the
 * gold set with the reference scorer's rules; prints precision, recall and F1 for score claims and
 * for all kinds. Exit 1 when a figure is below the bar the project commits to.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { CLAIM_KINDS, extractClaims } from "../../extract";
import { scoreClaims, type GoldPaper, type PredictedClaim, type ScoreResult } from "../../extract/score";
import { loadCorpusFiles } from "./load-corpus";

export const BARS = { score: { precision: 0.9, recall: 0.8 }, all: { precision: 0.85, recall: 0.7 } } as const;

const ArgsSchema = z.object({
  gold: z.string().min(1).default("tests/fixtures/gold/seed-visible.jsonl"),
  corpus: z.string().min(1).default("db/seed/daily-papers.txt"),
  verbose: z.boolean().default(false),
  json: z.boolean().default(false),
});

const GoldLineSchema = z.object({ title: z.string(), claims: z.array(z.object({ model: z.string(), benchmark: z.string().nullable(), value: z.number(), unit: z.string(), kind: z.enum(CLAIM_KINDS) }).loose()) });

function readGold(path: string): GoldPaper[] {
  return readFileSync(path, "utf8").split("\n").flatMap((line, i) => {
    if (!line.trim()) return [];
    const parsed = GoldLineSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
    return [parsed.data as GoldPaper];
  });
}

const fmt = (label: string, r: ScoreResult): string =>
  `${label}: gold=${r.gold} pred=${r.pred} tp=${r.tp} precision=${r.precision.toFixed(3)} recall=${r.recall.toFixed(3)} f1=${r.f1.toFixed(3)}`;

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { gold: { type: "string" }, corpus: { type: "string" }, verbose: { type: "boolean" }, json: { type: "boolean" } } });
  const args = ArgsSchema.parse(values);
  const gold = readGold(args.gold);
  const predicted: PredictedClaim[] = loadCorpusFiles([args.corpus]).papers.flatMap((p) => extractClaims(p).map((c) => ({ ...c, title: p.title })));
  const score = scoreClaims(gold, predicted, new Set(["score"]));
  const all = scoreClaims(gold, predicted, new Set(CLAIM_KINDS));
  if (args.verbose) {
    for (const g of all.misses) console.log("MISS", JSON.stringify({ kind: g.kind, model: g.model, benchmark: g.benchmark, value: g.value, unit: g.unit, evidence: g.evidence }));
    for (const p of all.falsePositives) console.log("FP  ", JSON.stringify({ kind: p.kind, model: p.model, benchmark: p.benchmark, value: p.value, unit: p.unit, title: p.title.slice(0, 60) }));
  }
  const strip = ({ misses: _m, falsePositives: _f, ...figures }: ScoreResult) => figures;
  if (args.json) console.log(JSON.stringify({ score: strip(score), all: strip(all), bars: BARS }));
  else console.log([fmt("score claims", score), fmt("all kinds   ", all)].join("\n"));
  const met = score.precision >= BARS.score.precision && score.recall >= BARS.score.recall && all.precision >= BARS.all.precision && all.recall >= BARS.all.recall;
  if (!met) console.error(`below the bar: score claims need P>=${BARS.score.precision} R>=${BARS.score.recall}; all kinds P>=${BARS.all.precision} R>=${BARS.all.recall}`);
  return met ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
