/** A change's benchmark named just before its "from" (or "to"): "on GSM8K from", "the MMLU accuracy rose from". */
import { BENCHMARK_HINT, CHANGE_VERB } from "./lexicon";
import { isKnownBenchmark, isModelName } from "./gazetteer";
import type { SentenceContext } from "./sentence-context";
import { benchmarkAt, isBenchmarkShaped } from "./benchmark-phrase";

/** "… on GSM8K from 92.0% to 95.1%, and on MATH from 42.5% to 53.9%": each change is on the benchmark just before its "from". */
// The phrase stops at "and": "on COCO and the mBIoU from" names no benchmark for the second change.
const ON_X_FROM = /\b(?:on|in)\s+(?:the\s+)?((?:(?!\b(?:on|in|and)\s)[^,;]){1,40}?)\s*,?\s+from\s+$/;

export function onBeforeFrom(sc: SentenceContext, start: number): string | null {
  const lead = sc.text.slice(Math.max(0, start - 6), start);
  // "lowers the MPJPE on Human3.6M to 35.1 mm and on MPI-INF-3DHP to 42.7 mm": the same with "to".
  if (lead.endsWith(" to ")) {
    const window = sc.text.slice(Math.max(0, start - 60), start);
    const on = ON_X_TO.exec(window);
    // "from 76.2% on ImageNet to 41.5%": that benchmark is the first value's.
    if (!on?.[1] || /\d\s*%?\s*$/.test(window.slice(0, on.index))) return null;
    return benchmarkAt(sc, start - on[0].length + on[0].indexOf(on[1], 2));
  }
  if (!lead.endsWith("from ")) return null;
  const from = Math.max(0, start - 80);
  const window = sc.text.slice(from, start);
  const m = ON_X_FROM.exec(window);
  if (m?.[1]) return benchmarkAt(sc, from + m.index + m[0].indexOf(m[1], 2));
  // "improves zero-shot ImageNet top-1 accuracy from 68.3% to 72.9%": a known benchmark before its measure.
  const measure = NAME_MEASURE_FROM.exec(window);
  const named = measure?.[1];
  if (!measure || !named) return null;
  if (BENCHMARK_HINT.test(named) || isKnownBenchmark(named)) return named;
  // "the mean SpaceGrid accuracy rose from": a name the lists do not know, as the subject of a
  // measure that changes, is the set measured, unless its shape makes it a model or it is the paper's.
  return THE_BEFORE.test(window.slice(0, measure.index)) &&
    isBenchmarkShaped(named) &&
    !isModelName(named) &&
    !sc.paper.systems.includes(named)
    ? named
    : null;
}

// "the mean", "the average", "the overall": a measure's article before the set it is on.
const THE_BEFORE = /\bthe\s+(?:(?:mean|average|overall)\s+)?$/;

const ON_X_TO =
  /\b(?:on|in)\s+(?:the\s+)?([A-Z0-9][\w.+-]*[A-Za-z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)\s+to\s+$/;

// "the mean X accuracy rose from": a verb of change may stand between the measure and "from".
const NAME_MEASURE_FROM = new RegExp(
  String.raw`([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)\s+(?:[a-z][\w@-]*\s+){0,2}(?:top-\d\s+)?(?:accuracy|score|AP|mAP|mIoU|F1|pass@\d+|success rate|win rate|WER|BLEU)\s+(?:${CHANGE_VERB}\s+)?from\s+$`,
);
