/** Descriptions where a name should be: no leaderboard can show "human experts" or "six benchmarks" as one row. */
import { isKnownBenchmark } from "./gazetteer";
import { DESCRIBED_OWN, GENERIC_SUBJECT } from "./lexicon";

/** A lower-case or plural description where a model name should be. */
// "original model trained on 2T tokens": several words opening with a plain lower-case one describe, not name.
const GENERIC_MODEL =
  /^(?:[a-z-]+(?:\s[a-z-]+)*|[a-z-]+(?:\s[\w-]+)+|[A-Z][A-Za-z]*[A-Z]s|[\w-]+-based|[\w-]+-trained(?:\s[a-z]+)?|[\w-]+\s(?:alone|only|baselines?|council))$/;
const WHOLE_GENERIC_SUBJECT = new RegExp(`^(?:${GENERIC_SUBJECT.source})$`, "i");
// A described own system ("Our method") is the paper's, but no name a leaderboard can show.
export const isGenericModel = (model: string) =>
  GENERIC_MODEL.test(model) || WHOLE_GENERIC_SUBJECT.test(model) || DESCRIBED_OWN.test(model);
// "200 benchmark problems": a count of plain words is no named set.
const GENERIC_BENCHMARK =
  /^(?:[\w-]+\s)*(?:benchmarks|datasets|tasks|suites|test sets)$|^[a-z]|^\d[\d,.]*\s+[a-z]/;

/** A described set ("six reasoning benchmarks", "200 benchmark problems") that no list knows by name. */
export function isGenericBenchmark(benchmark: string): boolean {
  return GENERIC_BENCHMARK.test(benchmark) && !isKnownBenchmark(benchmark);
}
