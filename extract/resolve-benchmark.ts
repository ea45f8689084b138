/** Finds the benchmark a value is "on": after it in its clause, before it, or from context. */
import { BENCHMARK_HINT, HARDWARE, OWN_EVALUATION, OWN_TRIAL_AFTER, OWN_TRIAL_BEFORE } from "./lexicon";
export { OWN_EVALUATION } from "./lexicon";
import { isKnownBenchmark } from "./gazetteer";
import type { SentenceContext } from "./sentence-context";
import { ownedBenchmark } from "./benchmark-owner";
import {
  comparedOnPrevious,
  onlyInEarlierBracket,
  openingOn,
  opensOnList,
  ownClauseBenchmark,
  reopenedScope,
} from "./clause-scope";
import { knownWordIn } from "./benchmark-list";
import { ownClauseEnd } from "./own-clause";
import { namedInParenAfter, valuedListMember } from "./list-members";
import { benchmarkRightAfterValue, namedRightAfter, sharedWithNext } from "./benchmark-after-value";
import { averagedOverList } from "./averaged-list";
import {
  benchmarkAt,
  benchmarkBetween,
  isTrainingData,
  lastBenchmarkBetween,
  SET_NOUN_AFTER,
} from "./benchmark-phrase";

export { benchmarkListAfter, benchmarksBefore, benchmarksNamed } from "./benchmark-list";
export { isModelNotBenchmark } from "./model-not-benchmark";
export {
  benchmarkAt,
  benchmarkBetween,
  isTrainingData,
  SET_NOUN,
  SET_NOUN_AFTER,
  TRAINING_DATA_BEFORE,
} from "./benchmark-phrase";

/** Where the benchmark of a value at [start, end) is: after it, then before it, then context. */
export function resolveBenchmark(
  sc: SentenceContext,
  start: number,
  end: number,
  clauseEnd: number,
): string | null {
  const owner =
    ownedBenchmark(sc, start, end) ??
    namedInParenAfter(sc, end) ??
    benchmarkRightAfterValue(sc, end) ??
    valuedListMember(sc, start);
  // "43.8% average mIoU across A, B, and C" is on no single one of them.
  if (owner || averagedOverList(sc, start, end)) return owner;
  const ownEnd = ownClauseEnd(sc, end, sc.text.length);
  const after = benchmarkBetween(sc, end, Math.min(clauseEnd, ownEnd)) ?? namedRightAfter(sc, end);
  if (after) return after;
  const shared = sharedWithNext(sc, end);
  if (shared) return shared;
  if (onlyInEarlierBracket(sc, start)) return null;
  // "and 100% success on real-world Franka arm tasks", "excels in a real-world X problem with 97%": a
  // trial of its own is on no benchmark named before.
  if (OWN_TRIAL_AFTER.test(sc.text.slice(end, end + 50))) return null;
  if (OWN_TRIAL_BEFORE.test(sc.text.slice(Math.max(0, start - 90), start)) || OWN_OPENING.test(sc.text))
    return null;
  // "and obtains 6.3 MAE on Part B": a value said to be on something unresolved is on no guessed benchmark.
  const unresolved = UNRESOLVED_ON.exec(sc.text.slice(end, Math.min(ownEnd, end + 60)));
  // "108 FPS on T4 GPU": what a speed is measured on is hardware, and the benchmark is elsewhere.
  const onAt = end + (unresolved?.[0].length ?? 0);
  if (unresolved && !HARDWARE.test(sc.text.slice(onAt - 1, onAt + 20))) return null;
  // "achieves 91% accuracy on standard benchmarks": said to be on unnamed sets, on none named before.
  if (GENERIC_ON.test(sc.text.slice(end, Math.min(ownEnd, end + 60)))) return null;
  if (opensOnList(sc, start)) return null;
  const compared = comparedOnPrevious(sc, start);
  if (compared) return compared;
  const reopened = reopenedScope(sc, start) ?? ownClauseBenchmark(sc, start);
  if (reopened) return reopened;
  // "…; and for speech translation on MuST-C it achieves 27.9 BLEU": the clause's own benchmark first.
  const semicolon = sc.text.lastIndexOf(";", start);
  const before =
    (semicolon > 0 ? benchmarkBetween(sc, semicolon, start) : null) ?? benchmarkBetween(sc, 0, start);
  if (
    before &&
    (BENCHMARK_HINT.test(before) ||
      isKnownBenchmark(before) ||
      /\bOn\s/.test(sc.text.slice(0, start)) ||
      isSetDrawnFromList(sc.text, before) ||
      // "… on the Synthetic-NeRF dataset, and X-L reaches 34.1 dB": called a data set where it stands.
      SET_NOUN_AFTER.test(sc.text.slice(sc.text.indexOf(before) + before.length)))
  )
    return before;
  // "answers 58.3% on BrowseComp, a 12.5-point gain": the benchmark just named, in the same clause.
  const recent = lastBenchmarkBetween(sc, Math.max(sc.text.lastIndexOf(";", start) + 1, start - 120), start);
  if (recent && !sc.text.slice(sc.text.indexOf(recent, start - 120), start).includes(" and ")) return recent;
  const hinted = sc.names.find(
    (n) =>
      n.end <= start &&
      // "we introduce FATE-M, a new benchmark …, where our prover achieves 56.7%": the paper's own set too.
      (BENCHMARK_HINT.test(n.text) || isKnownBenchmark(n.text) || introducedHere(sc, n.text)) &&
      !isTrainingData(sc, n.start),
  );
  if (hinted) return hinted.text;
  const later = benchmarkBetween(sc, end, ownEnd);
  if (later) return later;
  // A word after the next value is that value's ("100% … and scores 78.4 on RULER").
  const known = knownWordIn(sc, ownEnd);
  if (known) return known;
  // "When fine-tuned on Science QA, X achieves 92.5%": with no other benchmark, the one it was
  // fine-tuned for is the one it is scored on.
  const tuned = FINE_TUNED_ON.exec(sc.text.slice(0, start));
  const target = tuned ? benchmarkAt(sc, tuned.index + tuned[0].length, true) : null;
  if (target) return target;
  // "In real-world experiments, X succeeds in 78% of trials": a sentence on an evaluation of its own
  // is on no benchmark an earlier sentence named.
  if (OWN_EVALUATION.test(sc.text.slice(0, start))) return openingOn(sc);
  // The paper's own benchmarks are among the earlier ones once the abstract has named them (index.ts).
  return openingOn(sc) ?? sc.earlierBenchmarks().flat().at(-1) ?? null;
}

// "Trained on PlantDoc, AgriDet attains …": training said first, with nothing else named, is the task's data.
const FINE_TUNED_ON =
  /\bfine-?tun(?:ed|ing)\s+on\s+(?:the\s+)?(?=[A-Z])|^Trained\s+on\s+(?:the\s+)?(?=[A-Z])/i;

// "In real-world experiments across multiple MSS tasks, X achieved 100%": a sentence opened by a trial of its own.
const OWN_OPENING = /^(?:In|During|Across|Through)\s+(?:[\w-]+\s+){0,2}?(?:real[- ]world|physical)\s/;
const GENERIC_ON =
  /^\s*(?:[\w@/-]+\s+){0,3}?(?:on|across)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:benchmarks|datasets)\b/;
const UNRESOLVED_ON = /^\s*(?:[\w@/-]+\s+){0,3}?(?<!trained\s)on\s+(?:the\s+)?(?=[A-Z])/;

/**
 * "Across 72 simulated tasks from Adroit, DexArt and MetaWorld, … an average of 74.4%": a set drawn
 * from several named suites is what the value averages over, not the last suite named.
 */
function isSetDrawnFromList(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  return (
    at >= 0 &&
    /^\s+(?:from|of|in|across)\s+(?:the\s+)?[A-Z][\w.+-]*(?:\s*,\s*[A-Z][\w.+-]*)*,?\s+and\s+[A-Z]/.test(
      text.slice(at + phrase.length, at + phrase.length + 120),
    )
  );
}

/** A benchmark the paper introduces in this very sentence, and no name of its system too. */
function introducedHere(sc: SentenceContext, name: string): boolean {
  const at = sc.paper.benchmarkStart.get(name);
  return (
    at !== undefined && at >= sc.offset && at < sc.offset + sc.text.length && !sc.paper.systems.includes(name)
  );
}
