/** A model is never a benchmark: names a score cannot be "on". */
import { BENCHMARK_HINT } from "./lexicon";
import { isKnownBenchmark, isModelName } from "./gazetteer";
import { calledSetIn, namedAs } from "./list-members";
import type { SentenceContext } from "./sentence-context";

/** A name that is a model and not known as a benchmark: a score is never "on" it. */
export function isModelNotBenchmark(sc: SentenceContext, name: string): boolean {
  // "on the D-NeRF dataset": a name the sentence calls a dataset is one, whatever it is shaped like.
  if (isKnownBenchmark(name) || sc.paper.benchmarks.includes(name) || calledSetIn(sc.text, name))
    return false;
  // A system the paper names as its own is a model even when shaped like a benchmark ("SWE-Llama").
  // "the SpectralEarth model achieved 93.5%": a name the sentence calls a model is one.
  return (
    sc.paper.systems.includes(name) ||
    namedAs(sc.text, name, MODEL_NOUN_AFTER) ||
    ((isModelName(name) || TUNED_SIZE.test(name)) && !BENCHMARK_HINT.test(name))
  );
}

// "LLaDA-8B-Instruct", "Dream-v0-Instruct-7B": a size and a tuning suffix make a model, in any family.
// A size alone does not: "SA-1B" and "LAION-5B" are datasets.
const TUNED_SIZE =
  /[-_\s]\d+(?:\.\d+)?[BM][-_\s](?:Instruct|Chat|it|SFT|RL|DPO)\b|[-_\s](?:Instruct|Chat)[-_\s]\d+(?:\.\d+)?[BM]\b/i;

const MODEL_NOUN_AFTER = /^\s+(?:model|variant)\b/;
