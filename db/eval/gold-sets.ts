/**
 * The gold sets the extractor is scored on, and the scoring of one set: lenient and strict P/R for
 * score claims, lenient P/R for all kinds, and strict P/R of the listed score claims (what the
 * leaderboards show). Used by `npm run eval` and the About page; matching rules are db/eval/score-claims.ts.
 */
import { existsSync, readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { z } from "zod";
import { CLAIM_KINDS, extractClaims } from "../../extract";
import { scoreClaims, type GoldPaper, type PredictedClaim } from "./score-claims";
import { loadCorpusFiles, readTextFile } from "../cli/load-corpus";

export interface GoldSet {
  name: string;
  gold: string;
  corpus: string;
}

/** The shared material beside the project (read-only, also there in CI). */
export const SHARED_DIR = resolve(/*turbopackIgnore: true*/ process.cwd(), "..", "shared");

/** The founding corpus (gold bundled in tests/fixtures), then every shared gold set with its corpus. */
export function defaultGoldSets(shared = SHARED_DIR): GoldSet[] {
  const sets: GoldSet[] = [
    {
      name: "daily-papers",
      gold: "tests/fixtures/gold/seed-visible.jsonl",
      corpus: "db/seed/daily-papers.txt",
    },
  ];
  const goldDir = join(shared, "gold");
  if (!existsSync(goldDir)) return sets;
  for (const file of readdirSync(goldDir)
    .filter((f) => f.endsWith(".jsonl") && f !== "seed-visible.jsonl")
    .sort()) {
    const corpus = join(shared, "corpus", file);
    if (existsSync(corpus)) sets.push({ name: basename(file, ".jsonl"), gold: join(goldDir, file), corpus });
  }
  return sets;
}

const GoldLineSchema = z.object({
  title: z.string(),
  claims: z.array(
    z
      .object({
        model: z.string(),
        benchmark: z.string().nullable(),
        value: z.number(),
        unit: z.string(),
        kind: z.enum(CLAIM_KINDS),
      })
      .loose(),
  ),
});

/** A line of a gold file that is not a gold record, named by file and line. */
export class GoldReadError extends Error {}

function parseLine(path: string, line: string, n: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new GoldReadError(`${path}:${n}: not a JSON object`);
  }
}

export function readGold(path: string): GoldPaper[] {
  // The corpus files' reader: a regular file within the size cap, or a FileReadError naming it.
  return readTextFile(path)
    .text.split("\n")
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      const parsed = GoldLineSchema.safeParse(parseLine(path, line, i + 1));
      if (!parsed.success)
        throw new GoldReadError(
          `${path}:${i + 1}: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`,
        );
      return [parsed.data as GoldPaper];
    });
}

export interface Figure {
  precision: number;
  recall: number;
  tp: number;
  pred: number;
  gold: number;
}

export interface SetFigures {
  name: string;
  scoreLenient: Figure;
  scoreStrict: Figure;
  listedStrict: Figure;
  allLenient: Figure;
}

export type ScoredClaim = PredictedClaim & { listed: boolean };

export function predictionsFor(corpus: string): ScoredClaim[] {
  return loadCorpusFiles([corpus]).papers.flatMap((p) =>
    extractClaims(p).map((c) => ({ ...c, title: p.title })),
  );
}

export function scoreSet(set: GoldSet, predicted = predictionsFor(set.corpus)): SetFigures {
  const gold = readGold(set.gold);
  const fig = (listedOnly: boolean, kinds: readonly string[], strict: boolean): Figure => {
    const {
      precision,
      recall,
      tp,
      pred,
      gold: n,
    } = scoreClaims(gold, listedOnly ? predicted.filter((c) => c.listed) : predicted, new Set(kinds), strict);
    return { precision, recall, tp, pred, gold: n };
  };
  return {
    name: set.name,
    scoreLenient: fig(false, ["score"], false),
    scoreStrict: fig(false, ["score"], true),
    listedStrict: fig(true, ["score"], true),
    allLenient: fig(false, CLAIM_KINDS, false),
  };
}
