/**
 * The benchmark a change "from A to B" is on, when its name stands right before "from"; and the
 * metric, when a list of changes names its measures there ("cIoU increases from A to B, cSm from C to D").
 */
import { isKnownBenchmark, isModelName } from "../gazetteer";
import { BENCHMARK_HINT, CHANGE_VERB } from "../lexicon";
import { isKnownMetric } from "../metric";
import type { NumberMention } from "../numbers";
import type { SentenceContext } from "../sentence-context";
import { draftFor } from "./draft";
import type { ClaimDraft } from "./rule";

// "FinQA", "HotpotQA": a name ending in QA is a question-answering set.
export const namesBenchmark = (name: string): boolean =>
  /bench|dataset|[a-z\d]QA$/i.test(name) || BENCHMARK_HINT.test(name) || isKnownBenchmark(name);

// Where a change "from A to B" starts; "from baseline's 4.6% to 16.4%": the possessive names whose
// the start is. The from-to rule matches this, and every change of a list is read with it.
export const FROM_VALUE =
  /\bfrom\s+(?:(?:the\s+)?(?:baseline|base model|original model)['’]s\s+)?(?=[+~]?\d)/g;

function nameBeforeFrom(sc: SentenceContext, at: number) {
  return sc.names.findLast((n) => n.end <= at && sc.text.slice(n.end, at).trim() === "");
}

/** "… and TriviaQA from 60.1% to 66.0%": a benchmark named right before "from" is the change's own. */
export function benchmarkBeforeFrom(sc: SentenceContext, at: number): string | null {
  const name = nameBeforeFrom(sc, at);
  if (!name) return null;
  if (namesBenchmark(name.text)) return name.text;
  // "improving FinQA from A to B, MGSM from C to D, and MuSR from E to F": a list's items share one
  // role, so an item beside a benchmark is a benchmark too, unless it is a known model family's.
  const siblings = [...sc.text.matchAll(FROM_VALUE)].map((m) => nameBeforeFrom(sc, m.index));
  const inList = siblings.some((n) => n && n !== name && namesBenchmark(n.text));
  return inList && !isModelName(name.text) ? name.text : null;
}

/** "improving FinQA from A to B, MGSM from C to D": whether a name is one of the benchmarks changes are on. */
export function changedBenchmarkIn(sc: SentenceContext, name: string): boolean {
  return [...sc.text.matchAll(FROM_VALUE)].some((m) => benchmarkBeforeFrom(sc, m.index) === name);
}

// "cIoU increases from": the lexicon's verbs of change may stand between the measure and "from".
const CHANGE_VERB_BETWEEN = new RegExp(String.raw`^\s*(?:${CHANGE_VERB}\s+)?$`, "i");

function measureBeforeFrom(sc: SentenceContext, at: number) {
  return sc.names.findLast((n) => n.end <= at && CHANGE_VERB_BETWEEN.test(sc.text.slice(n.end, at)));
}

/** "cIoU increases from A to B, cSm from C to D": the measure a list of changes names before "from". */
export function metricBeforeFrom(sc: SentenceContext, at: number): string | null {
  const name = measureBeforeFrom(sc, at);
  if (!name || namesBenchmark(name.text) || isModelName(name.text)) return null;
  // A metric the lexicon knows is read with its qualifiers where it stands ("its macro F1 from").
  if (isKnownMetric(name.text)) return null;
  const siblings = [...sc.text.matchAll(FROM_VALUE)].map((m) => measureBeforeFrom(sc, m.index));
  return siblings.some((n) => n && n !== name && isKnownMetric(n.text)) ? name.text : null;
}

/** Whether a name is one of the measures a list of changes names (so never the subject). */
export function changedMetricIn(sc: SentenceContext, name: string): boolean {
  return [...sc.text.matchAll(FROM_VALUE)].some((m) => metricBeforeFrom(sc, m.index) === name);
}

export const OWN_BENCHMARK = /^\s*%?\s+on\s+(?:the\s+)?[A-Z0-9][\w.+-]*/;

/** "CLIP drops from 76.2% on ImageNet to 41.5% on ImageNet-A": one model on two benchmarks. */
export function acrossBenchmarks(
  sc: SentenceContext,
  a: NumberMention,
  b: NumberMention,
): ClaimDraft[] | null {
  const first = draftFor(sc, a, { clauseEnd: b.start });
  const second = draftFor(sc, b);
  if (!first || !second || first.benchmark === second.benchmark) return null;
  return [
    { ...first, kind: "score" },
    { ...second, kind: "score" },
  ];
}
