/** Words right before a value that make it a change or a saving of one run, never a score. */
import { EFFICIENCY_WORDS } from "./lexicon";

export const ONLY_BEFORE = /\bonly\b[^,;]{0,24}$/i;
/** "saving almost half parameters and 13% computational cost": a share of a cost saved is a saving. */
export const SAVING_BEFORE = /\b(?:sav(?:e|es|ed|ing)|cut(?:s|ting)?)\b[^,;]{0,40}$/i;
/** "loses 0.2 AP", "costs only 0.8 AP": a verb of losing names a change, never a score. */
export const LOSS_VERB_BEFORE =
  /\b(?:loses|lose|losing|lost|costs|costing|sacrific(?:es|ing|ed))\s+(?:only\s+|just\s+|about\s+|merely\s+|less than\s+)?$/i;
/** "an additional 22.7% task progression": an amount added is a change (not "an additional 10% of the data"). */
export const ADDITIONAL_BEFORE = /\ban?\s+(?:additional|further|extra)\s+[+~]?$/i;
/** "and improves 1.0 AP score", "gaining 2.1 points": a verb of gain right before the value is its change. */
export const GAIN_VERB_BEFORE =
  /\b(?:improves|improved|improving|boosts|boosted|boosting|gains|gained|gaining|contribut(?:es|ed|ing)|adds|added|adding|brings|brought|bringing)\s+(?:only\s+|just\s+|about\s+|up to\s+|nearly\s+|over\s+)?$/i;
/** "reduces FLOPs to 28.9%": a cost cut to a share of itself is a saving. */
export const COST_CUT_TO = new RegExp(
  String.raw`\b(?:reduc|cut|lower|decreas|shrink|compress)\w*\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:${EFFICIENCY_WORDS})\s+(?:down\s+)?to\s+(?:only\s+|just\s+|about\s+)?$`,
  "i",
);
/** A hedge right before a value ("~", "about", "approximately"). */
export const HEDGE_END = /(?:[~≈]|\b(?:about|approximately|around|roughly|nearly|almost))\s*$/i;
/** "improves the utility over existing baselines, at least 9.0 PPL": the hedged margin of a gain. */
export const IMPROVED_OVER_HEDGED =
  /\b(?:improv|outperform|surpass|exceed|beat)\w*\b[^.;]{0,60}?\b(?:over|than)\b[^.;,]{0,40},\s*(?:by\s+)?(?:at least|up to|over|more than)\s*$/i;
/** Verbs that raise or cut a measure ("increases the TPF of X to"): a regex source, one stem each. */
export const RAISE_OR_CUT_STEM = String.raw`(?:increas|rais|improv|boost|lift|enhanc|reduc|lower|decreas|cut)`;
