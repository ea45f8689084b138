/**
 * Values that set up a run rather than report its result: years, counts of things, data shares,
 * configuration ("a batch of 256"), ranges, training schedules, descriptive parentheses.
 */
import { ACROSS_BEFORE, ACRONYM_COUNT_AFTER, COUNT_AFTER, PLURAL_COUNT_AFTER } from "../count-shapes";
import { EFFICIENCY_NOUN } from "../lexicon";
import { FALSE_RATE } from "../metric-lexicon";
import { isMetricPhrase } from "../metric";
import type { NumberMention } from "../numbers";
import type { SentenceContext } from "../sentence-context";

// "a pruning rate of 50%" sets up a run; "a pass@1 rate of 12.5%" or "a success rate of 80%" is its result.
const SETTING_BEFORE =
  /\b(?:ratio|(?:compression|pruning|sparsity|masking|mask|drop(?:out)?|learning|sampling|keep|retention|quantization|token|noise|poisoning|injection|mixing|label) rate|budget|threshold|fraction of (?:the )?(?:data|tokens))\s+(?:of\s+)?$/i;
/** "a batch of 256", "a context length of 128K": a training or run configuration, never a result. */
// "at tIoU=0.7", "at an IoU of 0.75", "IoU threshold 0.5": the overlap a detection must reach to count.
// "patch sizes of 16 and 32": the sizes a run was configured with.
const CONFIG_BEFORE =
  /\b(?:batch(?: size)?|(?:patch|kernel|window|block|group|chunk|tile)\s+sizes?|(?:context|sequence) length|resolution|learning rate|warm-?up(?: steps)?|seed|t?IoU\s?(?:=|@|threshold(?:\s+of)?)|(?:at|under)\s+(?:an?\s+)?t?IoU\s+of)\s*(?:of\s+)?(?:\d[\d.,]*\s*(?:,\s*(?:and\s+)?|and\s+|or\s+))*$/i;
// "of the training data" (a share of data), "or higher" (a threshold, as in "30 FPS or higher").
const SETTING_AFTER =
  /^\s*(?:of\s+(?:the\s+)?(?:\w+[- ]){0,2}(?:data|dataset|training|samples|tokens|images|examples|labels)\b|or\s+(?:higher|more|above|greater|faster|better|lower|less|below|fewer)\b)/i;
// "with 20% training ratio", "using 1% labels", "10% of the labeled data": how much data a run had.
const PERCENT_SETTING_AFTER =
  /^\s*(?:(?:compression|pruning|sparsity|masking|mask|drop) (?:rate|ratio)|(?:training|train|labell?ed|label) (?:ratio|data|split|set|samples|images|labels)|labels\b|(?:selected|synthetic|unlabell?ed|annotated|real|clean|paired)\s+(?:data|samples|images)\b|data\b|of (?:the )?(?:training|labell?ed) (?:data|set|samples|images))/i;

/** "using only 10--20% of the object templates", "with just 5% of the labels": a share of what a run used. */
// "with 99.99% of paths legal" is a result: "with" needs "only" to say how little was used.
const SHARE_USED_BEFORE =
  /\b(?:using\s+(?:only\s+|just\s+)?|with\s+(?:only|just)\s+)(?:[\d.]+\s*%?\s*(?:-{1,2}|–|to)\s*)?$/i;
const SHARE_USED_AFTER = /^\s*(?:(?:-{1,2}|–|to)\s*[\d.]+\s*%\s*)?of\s+(?:the\s+|their\s+|its\s+)?[a-z]/i;

/** "under 10% symmetric label noise", "with a 1 percent COCO setup": the condition a run was held in. */
// "on a 5% COCO data setup": "on" names a condition only with its article (else it names the benchmark).
const CONDITION_BEFORE = /\b(?:(?:under|with|at|using|given)\s+(?:an?\s+|only\s+)?|on\s+an?\s+)$/i;
const CONDITION_AFTER =
  /^\s*(?:(?!on\b|in\b|of\b|for\b|and\b)[A-Za-z][\w-]*\s+){0,2}(?:noise|corruptions?|occlusions?|missing|masking|perturbations?|setups?|subsets?|outliers|sparsity)\b/i;

/** "every 95% confidence interval", "(95% CI)": the level an interval is drawn at, never a result. */
const CONFIDENCE_LEVEL =
  /^\s*(?:confidence|credible|prediction)\s+(?:intervals?|levels?|bounds?|bands?)\b|^\s*C[IR]s?\b/i;

/**
 * "in the range from 5 FPS to 160 FPS", "message sizes between 128 KB and 2 MB": the ends of a
 * span of settings, never results; "reasoning models span from 14.2% to 58.3%": a group's spread,
 * no one model's result.
 */
const RANGE_BEFORE =
  /\b(?:(?:rang(?:e|es|ing)|span(?:s|ning)?|var(?:y|ies|ying))\s+(?:from|of|between)|(?:sizes?|lengths?)\s+(?:from|between))\s+(?:[\d.,]+\s*[\w%]*\s+(?:to|and)\s+)?$/i;

const FACTOR_OF_SETTING =
  /^\s*(?:(?:its|their|the)\s+(?:own\s+)?(?:size|parameters|parameter count)|(?:higher|larger|lower|smaller)\s+(?:learning\s+rates?|weight\s+decay|warm-?up))\b/i;
// "(32 frames at 16 FPS)": a counted clip's frames give its rate ("processing frames at 20 FPS" is a speed).
const MEDIA_RATE_BEFORE =
  /\b(?:(?:videos?|clips?|footage|sampled|recorded|captured|sampling|resampled|downsampled|standardi[sz]ed|formats?)\s+(?:[\w-]+\s+)?|\d+\s+frames\s+)at\s+(?:up to\s+)?$/i;
// "1 fps input sources", "2 FPS sampling": the rate a run was fed at, not its speed.
const MEDIA_RATE_AFTER = /^\s*(?:inputs?|sampling|sources?|videos?|clips?|streams?)\b/i;
const FALSE_RATE_FIRST = new RegExp(String.raw`^\s*${FALSE_RATE.source}`);
// "a TMR of 96.77% at a False Match Rate (FMR) of 1%": the operating point a result is read at.
const OPERATING_POINT_BEFORE =
  /\bat\s+(?:an?\s+|the\s+)?(?:[A-Za-z][\w-]*\s+){1,4}(?:\([A-Za-z]+\)\s+)?(?:of\s+|=\s*)$/i;
const LIMIT_BEFORE = /\b(?:at|under|with|within|below)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?$/i;
const LIMIT_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}(?:thresholds?|cut-?offs?|tolerances?|constraints?|budgets?|SLOs?|SLAs?|limits?|deadlines?)\b/i;
const UNREACHED_BEFORE =
  /\b(?:fail(?:s|ed)?\s+to|(?:does|do|did)\s+not|never|cannot|can't|unable\s+to)\s+(?:(?:exceed|surpass|reach|pass|break)(?:s|es)?|go(?:es)?\s+beyond)\s+$/i;
const ERROR_BOUND_BEFORE =
  /\b(?:percentage|proportion|fraction|share|ratio|rate)\s+of\s+(?:[\w-]+\s+){0,5}?(?:errors?|deviations?|distances?)\s+(?:(?:is|was|are|were)\s+)?(?:under|below|within|less than|lower than|<|≤)\s*$/i;
const SCHEDULE_AFTER = /^\s*(?:(?:,|and|or)\s*\d+\s?[x×]\s*)*(?:training\s+)?schedules?\b/i;

export function isSetting(sc: SentenceContext, mention: NumberMention): boolean {
  const before = sc.text.slice(Math.max(0, mention.start - 40), mention.start);
  const after = sc.text.slice(mention.end, mention.end + 60);
  if (
    mention.unit === "" &&
    mention.value >= 1900 &&
    mention.value <= 2100 &&
    Number.isInteger(mention.value)
  )
    return true;
  // "an F-score of 0.71 at 1% threshold", "under stringent 15 ms latency constraints": the cut-off a
  // result is read at, or the budget a run was held to.
  if (LIMIT_BEFORE.test(before) && LIMIT_AFTER.test(after)) return true;
  // "fails to exceed 50% accuracy": a mark a model does not reach is no result of it.
  if (UNREACHED_BEFORE.test(before)) return true;
  // "the percentage of frames with trajectory error under 5 mm": the bound a success metric counts by.
  if (ERROR_BOUND_BEFORE.test(sc.text.slice(Math.max(0, mention.start - 90), mention.start))) return true;
  // "a final loss of 0.0028": how training converged, no benchmark result.
  if (/\b(?:final|training|train|validation|val)\s+loss\s+(?:of\s+)?$/i.test(before)) return true;
  // "the TMR at 1 percent FMR": a false-rate after "at" is the operating point too.
  if (
    (mention.unit === "%" || mention.unit === "") &&
    (OPERATING_POINT_BEFORE.test(before) || (/\bat\s+$/.test(before) && FALSE_RATE_FIRST.test(after)))
  )
    return true;
  // "ranking among the top 20% of students": a percentile rank, not a result on a benchmark.
  const percentSetting =
    mention.unit === "%" &&
    (SETTING_BEFORE.test(before) ||
      PERCENT_SETTING_AFTER.test(after) ||
      /\btop\s+$/i.test(before) ||
      // "with only 1% of the storage" is a saving (a speedup claim), not a setting.
      (SHARE_USED_BEFORE.test(before) &&
        SHARE_USED_AFTER.test(after) &&
        !EFFICIENCY_NOUN.test(after.slice(0, 40))) ||
      (CONDITION_BEFORE.test(before) && CONDITION_AFTER.test(after)) ||
      CONFIDENCE_LEVEL.test(after));
  // "trained with 1x and 3x schedule": a training schedule's length, not a speedup.
  // "for 512 × 512 input": a dimension, "a 3 × 3 kernel"; a factor is never followed by a number.
  if (mention.unit === "x" && (SCHEDULE_AFTER.test(after) || /^\s*\d/.test(after))) return true;
  // "a model 3.4 times its size", "a 5x higher learning rate": a ratio of sizes or settings.
  if (mention.unit === "x" && FACTOR_OF_SETTING.test(after)) return true;
  // "generates 5-second clips at 24 fps", "videos sampled at 2 FPS": the media's frame rate, not a speed.
  if (mention.unit === "FPS" && (MEDIA_RATE_BEFORE.test(before) || MEDIA_RATE_AFTER.test(after))) return true;
  // "99.2% accuracy at 0 dB SNR": the noise level a result was measured under, not a result.
  if (
    mention.unit === "dB" &&
    /\b(?:at|under|with)\s+(?:an?\s+)?$/i.test(before) &&
    /^\s*SNRs?\b/.test(after)
  )
    return true;
  return (
    SETTING_AFTER.test(after) ||
    (mention.unit === "" && COUNT_AFTER.test(after)) ||
    (mention.unit === "" && !mention.raw.includes(".") && ACROSS_BEFORE.test(before)) ||
    (mention.unit === "" &&
      !mention.raw.includes(".") &&
      (PLURAL_COUNT_AFTER.test(after) || ACRONYM_COUNT_AFTER.test(after))) ||
    percentSetting ||
    // "mean resolution of 58.04%": issues resolved, not an image size.
    (CONFIG_BEFORE.test(before) && !(mention.unit === "%" && /resolution\s+(?:of\s+)?$/.test(before))) ||
    RANGE_BEFORE.test(before) ||
    isParentheticalDescriptor(sc, mention)
  );
}

/** "(50% expert reduction)": a value opening a parenthesis that names no metric describes a setting. */
function isParentheticalDescriptor(sc: SentenceContext, mention: NumberMention): boolean {
  if (mention.signed || !/\(\s*$/.test(sc.text.slice(0, mention.start))) return false;
  const close = sc.text.indexOf(")", mention.end);
  // "(90.0% and 56.7%, respectively)": the closing word says how to pair, not what the value is.
  const inside = close < 0 ? "" : sc.text.slice(mention.end, close).replace(/,?\s*respectively\s*$/, "");
  // "(0.055 on NYUv2)": a value on a dataset is a result, whatever the metric.
  return inside.trim() !== "" && !isMetricPhrase(inside) && !/^\s+on\s/.test(inside);
}
