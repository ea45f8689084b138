/** The benchmark a change "from A to B" is on, when its name stands right before "from". */
import { isKnownBenchmark, isModelName } from "../gazetteer";
import { BENCHMARK_HINT } from "../lexicon";
import type { SentenceContext } from "../sentence-context";

// "FinQA", "HotpotQA": a name ending in QA is a question-answering set.
export const namesBenchmark = (name: string): boolean =>
  /bench|dataset|[a-z\d]QA$/i.test(name) || BENCHMARK_HINT.test(name) || isKnownBenchmark(name);

const FROM_VALUE = /\bfrom\s+(?=[+~]?\d)/g;

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
