/** Decides whether a value is a score, a difference, a ratio or a bound, from the words around it. */
import { DELTA_AFTER, DELTA_VERB, EFFICIENCY_NOUN } from "./lexicon";
import {
  ADDITIONAL_BEFORE,
  COST_CUT_TO,
  GAIN_VERB_BEFORE,
  HEDGE_END,
  IMPROVED_OVER_HEDGED,
  LOSS_VERB_BEFORE,
  ONLY_BEFORE,
  SAVING_BEFORE,
} from "./change-words";
import type { NumberMention } from "./numbers";
import { outerContext } from "./outer-context";
import {
  CHANGED_FOR,
  CHANGES_BETWEEN,
  CHANGE_REACHING_UP_TO,
  CHANGE_THEN_AND,
  CUT_VERB_BEFORE,
  OUTPERFORMS_UP_TO,
  PARALLEL_BY,
  PARALLEL_DELTA,
} from "./change-lists";
import type { ClaimKind } from "./types";

const BY_BEFORE =
  /\bby\s+(?:an?\s+)?(?:average\s+of\s+|margins?\s+of\s+|up\s+to\s+|about\s+|around\s+|nearly\s+|over\s+|roughly\s+|absolute\s+|relative\s+)?$/i;
const BY_HEDGED =
  /\bby\s+(?:over|more than|at least|nearly|almost|about|around|approximately|roughly|[~≈>≥])\s*$/i;
const RATIO_OF =
  /^\s*(?:of\s+(?:the\s+)?|the\s+)?(?:\w+\s+){0,1}(?:performance|throughputs?|storage|compute|computations?|FLOPs|TFLOPs|MACs|parameters|memory|KV cache|GPU hours|cost|(?:training|inference|wall-clock|compute|running) time|energy)\b/i;
const RETAINED_BEFORE = /\b(?:maintain|retain|preserv|keep)\w*\s+(?:over\s+|about\s+|nearly\s+)?$/i;
const SPEEDUP_AFTER =
  /^\s*(?:(?:[\w-]+\s+){0,2}?(?:speedups?|speed-ups?|faster|acceleration|fewer|smaller|less|cheaper|compression|reduction in (?:memory|latency|time|cost))|in\s+(?:inference\s+|training\s+)?(?:speed|throughput))\b/i;

const DELTA_VERBS = new RegExp(DELTA_VERB.source, "gi");
// "the gain grows to 5.1 chrF++": a margin said to reach a value is still a margin;
// "narrowing the gap to just 1.5%" too ("an optimality gap" is a score of its own);
// "a reduction in attack success rate, i.e., 2.03%" names its measure first.
const DELTA_BEFORE =
  /\b(?:gains?|gaining|improvements?|increases?|increments?|boosts?|reductions?|drops?|decreases?|degradations?|margin|gap)(?:,?\s+\(?(?:i\.e\.|e\.g\.|namely),?)?(?:\s+in\s+[\w@^-]+(?:\s+[\w@^-]+)?(?=\s+of\s)|\s+in\s+[\w@^-]+(?:\s+[\w@^-]+){0,2},?\s+\(?(?:i\.e\.|namely),?)?(?:\s+of\s+|\s+is\s+|\s+was\s+|\s+are\s+|(?<=(?<!(?:optimality|duality|integrality)\s)gap)\s+(?:narrowed\s+|closed\s+)?to\s+|\s+(?:grows|grew|widens|widened|rises|rose|reaches|reached|jumps|jumped|increases|increased)\s+(?:further\s+)?to\s+|\s+)(?:only\s+|just\s+|up to\s+|about\s+|over\s+|more than\s+|nearly\s+|almost\s+|roughly\s+|approximately\s+)?$/i;
/** "delivers significant gains: 17.6% EMA on GSM8K" (a unit: "gains: 1) With only 5K samples" enumerates). */
const GAINS_COLON = /\b(?:gains|improvements|increases|boosts):\s*$/i;
/** A margin word right after the value ("1.1 lower perplexity", "3.5 points of lift", "9% points over X"). */
const OWN_DELTA_WORD =
  /^\s*(?:%\s*)?(?:points?\s+of\s+|pp\s+)?(?:gains?|improvements?|increases?|boosts?|lift|better|higher|lower|drops?|decreases?|reductions?|(?:points?|pp)\s+(?:over|above))\b/i;
/** "(38% maximum precision improvement)": a parenthesis that ends in a noun of change. */
const OWN_CHANGE_NOUN =
  /^\s*(?:[A-Za-z][\w@.^-]*\s+){0,3}(?:improvements?|gains?|increases?|boosts?|reductions?|drops?|decreases?)\s*$/i;
// "16.8% (text-to-image) and 40.1% (image-to-text) retrieval gains": each item may carry a parenthesis.
const LIST_THEN_CHANGE =
  /^\s*%?\s*(?:[\w^@.-]+\s+)?(?:\([^()]{1,30}\)\s*)?(?:(?:,\s*(?:and\s+)?|and\s+|to\s+)[+~]?[\d.]+\s*%?\s*(?:[\w^@.-]+\s+)?(?:\([^()]{1,30}\)\s*)?)+(?:[\w-]+\s+){0,2}?(?:gains?|improvements?|increases|boosts|drops?|decreases?|reductions?|higher|lower|better)\b/i;
/** "within 0.3 perplexity of FP16", "within 1% of GPT-4": what follows names the other end of a gap. */
const WITHIN_OF = /^\s*(?:%\s*)?(?:[\w@-]+\s+){0,3}?of\b/;
export function classifyKind(sentence: string, mention: NumberMention): ClaimKind {
  // "outperforms all one-stage detectors by at least 4.9%": a margin, however hedged, is a difference.
  if (mention.qualifier === "bound") {
    const before = sentence.slice(0, mention.start);
    // "emitting nearly 68% less CO2": a hedged saving is still a saving.
    if (mention.unit === "%" && SPEEDUP_AFTER.test(sentence.slice(mention.end, mention.end + 60)))
      return "speedup";
    // "within 1% of GPT-4": a gap to something else; "keeping PSNR within 0.1 dB" only bounds one.
    if (/\bwithin\s+$/i.test(before) && WITHIN_OF.test(sentence.slice(mention.end, mention.end + 80)))
      return "delta";
    // "a significant gain (e.g., ~4 AP)": a hedged change is still a change.
    // "gains of about 2% in BLEU, approximately 3% in ROUGE-L": so is the next of a list of them.
    const unhedged = before.replace(HEDGE_END, "");
    if (DELTA_BEFORE.test(unhedged.slice(-60)) || PARALLEL_DELTA.test(unhedged.slice(-90))) return "delta";
    // "improve the utility over existing baselines, at least 9.0 PPL": the hedged margin of a gain.
    if (IMPROVED_OVER_HEDGED.test(before.slice(-120))) return "delta";
    if (!BY_HEDGED.test(before.slice(-40))) return "bound";
    // "lowers peak memory by about 30%": a hedged cut in a cost is still a saving.
    return changeBy(before) === "speedup" ? "speedup" : "delta";
  }
  if (mention.unit === "x") return "speedup";
  const { before, after } = outerContext(sentence, mention);
  if (mention.unit === "%" && SPEEDUP_AFTER.test(after)) return "speedup";
  if (mention.unit === "%" && /^\s*of\s/.test(after) && RATIO_OF.test(after)) return "speedup";
  // "while maintaining 99.9% performance", "preserving 100% accuracy": a share of a result kept.
  const kept = mention.value === 100 ? /^\s*(?:performance|accuracy)\b/ : /^\s*performance\b/;
  if (mention.unit === "%" && RETAINED_BEFORE.test(before.slice(-30)) && kept.test(after)) return "speedup";
  if (
    mention.unit === "%" &&
    (ONLY_BEFORE.test(before) || SAVING_BEFORE.test(before)) &&
    RATIO_OF.test(after)
  )
    return "speedup";
  if (mention.unit === "%" && COST_CUT_TO.test(before.slice(-60))) return "speedup";
  if (CUT_VERB_BEFORE.test(before.slice(-40)))
    return EFFICIENCY_NOUN.test(after.split(/[,;]/)[0]!) ? "speedup" : "delta";
  // "(an improvement of 2.5%)": the words inside the value's own parenthesis count first.
  const near = sentence.slice(Math.max(0, mention.start - 40), mention.start);
  if (
    mention.signed ||
    DELTA_BEFORE.test(before) ||
    (mention.unit !== "" && GAINS_COLON.test(near)) ||
    DELTA_BEFORE.test(near) ||
    LOSS_VERB_BEFORE.test(near) ||
    GAIN_VERB_BEFORE.test(near) ||
    (ADDITIONAL_BEFORE.test(near) && !/^\s*%?\s*of\b/.test(sentence.slice(mention.end, mention.end + 6))) ||
    // "improvements in F1: A to 93.19%(6.62%)": a value glued in brackets to a new one is its gain.
    (/\d\s?%\($/.test(near) && /\b(?:improvements?|gains?|increases?)\b/i.test(before)) ||
    CHANGES_BETWEEN.test(near) ||
    // Most values have no "up to" before them: skip the slower pattern then.
    (/up\s+to/i.test(before.slice(-120)) && OUTPERFORMS_UP_TO.test(before.slice(-120))) ||
    PARALLEL_DELTA.test(before.slice(-90)) ||
    CHANGE_THEN_AND.test(before.slice(-90)) ||
    CHANGE_REACHING_UP_TO.test(before.slice(-100))
  )
    return "delta";
  // "(0.7 better perplexity on GPT-2 and ...)": the value's own words inside its parenthesis count too.
  // "(38% maximum precision improvement)": a change named inside the value's own parenthesis.
  const own = sentence.slice(mention.end, mention.end + 40).split(")")[0]!;
  if (DELTA_AFTER.test(after) || OWN_DELTA_WORD.test(own) || OWN_CHANGE_NOUN.test(own)) return "delta";
  // "1.7 AP^box and 1.3 AP^mask improvements": a noun of change after a list of values is each one's.
  // "an NDCG@20 of 0.0589, 8.3% and 9.1% higher": a bare value before percentages is none of them.
  const following = sentence.slice(mention.end, mention.end + 80);
  if (LIST_THEN_CHANGE.test(following) && !(mention.unit === "" && /^\s*,\s*[+~]?[\d.]+\s*%/.test(following)))
    return "delta";
  if (mention.unit !== "" && CHANGED_FOR.test(before)) return "delta";
  if (BY_BEFORE.test(before) || PARALLEL_BY.test(before)) {
    const kind = changeBy(before);
    if (kind) return kind;
    // "higher than the baseline Voxel R-CNN by 2.61%": a comparative before "by" makes a margin.
    if (COMPARATIVE_BY.test(before.slice(-160))) return "delta";
    // "by 2% in accuracy": a margin in a named quality, whatever verb came long before.
    if (/^\s*in\s+(?:terms\s+of\s+)?[a-z]/.test(after)) return "delta";
    // "imporving accuracy by 5.8%": a measure raised or lowered "by" a value, whatever the verb's spelling.
    if (MEASURE_BY.test(before.slice(-50))) return "delta";
  }
  return "score";
}

const MEASURE_BY =
  /\b(?:accuracy|performance|scores?|rates?|precision|recall|F1|m?AP|mIoU|AUC|BLEU)\s+by\s+(?:an?\s+|up\s+to\s+|about\s+|nearly\s+|over\s+)?$/i;
const COMPARATIVE_BY =
  /\b(?:higher|lower|better|worse|greater|larger|smaller|more|less|ahead)\s+(?:than|of)\b[^;]*\bby\b/i;

/** What the verb of "… by N" makes of N: a cut in a cost is a speedup, any other change a delta. */
function changeBy(before: string): ClaimKind | null {
  const clause = before.slice(Math.max(before.lastIndexOf(";"), before.length - 260, 0));
  const verb = [...clause.matchAll(DELTA_VERBS)].at(-1);
  if (!verb) return null;
  const reduces = /^(?:reduc|decreas|lower|cut)/i.test(verb[0]);
  const object = clause.slice((verb.index ?? 0) + verb[0].length);
  return reduces && EFFICIENCY_NOUN.test(object) ? "speedup" : "delta";
}
