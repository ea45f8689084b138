/** Whose run a changed value is: a baseline run the way the paper proposes, or the baseline hurt. */
import { isKnownBenchmark } from "../gazetteer";
import { isSelf } from "../resolve-model";
import type { SentenceContext } from "../sentence-context";

export const PAPER_METHOD = "with the paper's method";
/** "Mistral-7B + Math-Shepherd": the baseline run the paper's way gets its own leaderboard row. */
export function paperRunOf(sc: SentenceContext, baseline: string): string {
  const system = sc.paper.systems[0];
  return system && !isSelf(sc, baseline) && !isKnownBenchmark(system) ? `${baseline} + ${system}` : baseline;
}

// "pruning causes the accuracy of LLaVA to drop from 56.1% to 15.3%": a verb of falling before the change.
const FALLING_BEFORE =
  /\b(?:drop(?:s|ped|ping)?|fall(?:s|ing)?|fell|declin(?:e|es|ed|ing)|degrad(?:e|es|ed|ing)|plummet\w*|collaps(?:e|es|ed|ing))\s+(?:sharply\s+|significantly\s+|dramatically\s+)?$/i;

/** A score said to fall, on a measure where higher is better: the end is the model hurt, not the paper's run. */
export function isDegradation(sc: SentenceContext, at: number, higherIsBetter: boolean | null): boolean {
  return higherIsBetter === true && FALLING_BEFORE.test(sc.text.slice(Math.max(0, at - 40), at));
}
