/**
 * The evaluation setting that changes comparability, read from the value's sentence: top-k and
 * pass@k other than 1, best-of-N and majority voting, n-shot, pruned / quantized / distilled
 * variants, extra pre-training data, a split, a resolution, tool use. Rows with different
 * settings are not ranked against each other. The table is data: one row per kind of setting.
 */
import { withoutRivalDescriptions, withoutSubjectsMaking } from "./rival-setting";
import type { Refiner } from "./refiner";
import { metricOwnK, withSampling } from "./setting-metric";
import {
  dataOfLaterValue,
  GREEDY_AFTER,
  valueSettings,
  withOwnResolution,
  withoutSampling,
  withOwnSettings,
  withoutParts,
} from "./value-setting";
import { runsOnModel } from "./runs-on-model";
import { otherSplitIn, SPLIT_SETTING, valueSplit } from "./value-split";
import { benchmarkBase } from "../gazetteer";
import { replaceShots, settleShots } from "./shots";
import { settingOf } from "./setting-table";
import { withOwnSteps } from "./value-steps";

/** "after fine-tuning on COCO, 60.8 AP on COCO val": a benchmark's own training data is no extra data. */
function withoutOwnData(setting: string | null, benchmark: string | null): string | null {
  if (!setting || !benchmark) return setting;
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const own = (p: string) =>
    p.endsWith(" pre-training") && key(benchmark).includes(key(p.slice(0, -" pre-training".length)));
  return withoutParts(setting, own);
}

/** "pruning makes X drop from A to B": A is X as it was before the operation. */
const OPERATION = /^(?:pruned|quantized|distilled)\b/;

const memo = new WeakMap<object, Map<number, string | null>>();

/**
 * The setting said in the value's clause: "our pruned X keeps 81.2%; the dense X reaches 81.8%"
 * prunes only the first. A semicolon ends a clause; commas do not (settings are often said after one).
 */
function clauseSetting(text: string, at: number, seen: Map<number, string | null>): string | null {
  const start = text.lastIndexOf(";", at) + 1;
  if (!seen.has(start)) {
    const end = text.indexOf(";", at);
    seen.set(start, settingOf(withoutRivalDescriptions(text.slice(start, end < 0 ? text.length : end))));
  }
  return seen.get(start) ?? null;
}

export const setting: Refiner = {
  name: "setting",
  refine(draft, sc) {
    const seen = memo.get(sc) ?? new Map<number, string | null>();
    memo.set(sc, seen);
    const sentence = clauseSetting(sc.text, draft.mention.numStart, seen);
    // A rule that read this value's own setting (its split in a list) keeps it, with the sentence's.
    const split = draft.setting ?? valueSplit(sc, draft.mention.numStart, draft.mention.end, draft.benchmark);
    const laterData = dataOfLaterValue(sc, draft.mention.end);
    const listed =
      [
        ...(sentence
          ?.split(", ")
          .filter(
            (p) =>
              p !== split &&
              !SPLIT_SETTING.test(p) &&
              !(split?.endsWith("-shot") && p.endsWith("-shot")) &&
              !(laterData && p.endsWith(" pre-training")),
          ) ?? []),
        ...(split ? [split] : []),
      ].join(", ") || null;
    const said = withoutSubjectsMaking(listed, sc.text, draft.mention.start, draft.model);
    const own = valueSettings(sc.text, draft.mention.end, draft.mention.start);
    // "up from 36.7% with greedy decoding": this value was not sampled, whatever the sentence says.
    const base = GREEDY_AFTER.test(sc.text.slice(draft.mention.end, draft.mention.end + 60))
      ? withoutSampling(said)
      : said;
    const withShots = settleShots(sc, draft.mention, base, split);
    // "48.7 AP zero-shot …, and 54.2 AP when fine-tuned": a fine-tuned value took no zero-shot setting.
    const tuned = own.includes("fine-tuned") ? replaceShots(withShots, null) : withShots;
    const runsOn = runsOnModel(sc, draft.model, draft.mention.start, draft.mention.end);
    const kept = withOwnSteps(
      withOwnResolution(runsOn ? [tuned, runsOn].filter(Boolean).join(", ") : tuned, sc, draft.mention.end),
      sc,
      draft.mention.start,
      draft.mention.end,
    );
    const all = own.length ? withOwnSettings(kept, own) : kept;
    const fitted = metricOwnK(
      draft.metric,
      withoutOwnData(draft.beforeChange ? withoutParts(all, (p) => OPERATION.test(p)) : all, draft.benchmark),
    );
    // "COCO val2017 (63.2 AP) and test-dev (63.3 AP)": the second value is on COCO, not on its val split.
    const benchmark = otherSplitIn(draft.benchmark, split)
      ? benchmarkBase(draft.benchmark!)
      : draft.benchmark;
    return { ...draft, benchmark, setting: fitted, metric: withSampling(draft.metric, fitted) };
  },
};
