/** Descriptions where a name should be: no leaderboard can show "human experts" or "six benchmarks" as one row. */
import { isKnownBenchmark } from "./gazetteer";
import { DESCRIBED_OWN, GENERIC_SUBJECT } from "./lexicon";

/** A lower-case or plural description where a model name should be. */
// "Model 2", "Variant B": a paper's label for one of its runs means nothing on a leaderboard.
// "original model trained on 2T tokens": several words opening with a plain lower-case one describe, not name.
const GENERIC_MODEL =
  /^(?:[a-z-]+(?:\s[a-z-]+)*|[a-z-]+(?:\s[\w-]+)+|[A-Z][A-Za-z]*[A-Z]s|[\w-]+-based|[\w-]+-trained(?:\s[a-z]+)?|[\w-]+\s(?:alone|only|baselines?|council)|(?:Model|Method|Variant|Baseline|Setting|Config|Configuration|System)\s?(?:\d+|[A-Z]))$/;
const WHOLE_GENERIC_SUBJECT = new RegExp(`^(?:${GENERIC_SUBJECT.source})$`, "i");
// A described own system ("Our method") is the paper's, but no name a leaderboard can show.
export const isGenericModel = (model: string) =>
  GENERIC_MODEL.test(model) || WHOLE_GENERIC_SUBJECT.test(model) || DESCRIBED_OWN.test(model);
// "200 benchmark problems": a count of plain words is no named set.
const GENERIC_BENCHMARK =
  /^(?:[\w-]+\s)*(?:benchmarks|datasets|tasks|suites|test sets)$|^[a-z]|^\d[\d,.]*(?:-[a-z]+)?\s+[a-z]/;

/** A described set ("six reasoning benchmarks", "200 benchmark problems") that no list knows by name. */
export function isGenericBenchmark(benchmark: string): boolean {
  return GENERIC_BENCHMARK.test(benchmark) && !isKnownBenchmark(benchmark);
}

// "the average accuracy of 20 LLMs remains at 68.8%": a group's average, no one model's score.
const GROUP_AVERAGE =
  /\b(?:average|mean|median)\s+(?:[\w@-]+\s+){0,2}?(?:of|across|over)\s+(?:the\s+)?(?:\d+|all|these|those|evaluated|tested)\s+(?:[\w-]+\s+){0,2}?(?:LLMs|MLLMs|VLMs|LVLMs|models|systems|methods|baselines|agents)\b[^,;]{0,30}$/i;

/** Whether the value at `start` is an average over a group of models, named just before it. */
export const isGroupAverage = (text: string, start: number): boolean =>
  GROUP_AVERAGE.test(text.slice(Math.max(0, start - 100), start));
