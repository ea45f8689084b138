/** Lists of changes: a value listed after a "by" value or a noun of change is a change too. */

/**
 * "by 8.4 points on NQ and 6.2 points on TriviaQA", "by 0.31 dB and 0.26 dB", "by 5.5 mAP (from
 * 40.4 to 45.9) on COCO and 7.7% mIoU on ADE20K": a value listed right
 * after a "by" value is one too. ", and" after a single value starts a clause of its own ("surpassing
 * Y by 2.3%, and 74.9% mIoU on S3DIS"): two listed items take no comma. Words of the change
 * itself may follow an item ("by up to 12.4% absolute gain overall and 15.2% on"), and the run it is
 * for ("by 2% for X and 7% for Y").
 */
const LISTED_VALUE = String.raw`\s*(?:up\s+to\s+|about\s+|nearly\s+|over\s+|approximately\s+|around\s+|roughly\s+)?[+~]?\d[\d.,]*\s*%?\s*(?:[A-Za-z][\w@-]*(?:\s[A-Z][a-z]+)?)?(?:\s+(?:absolute|relative|gains?|improvements?|overall|on\s+average)){0,3}(?:\s*\([^()]{1,40}\)){0,2}`;
// "… on NQ", "… compared to X": what an item is for or against.
const ITEM_FOR = String.raw`(?:\s+(?:on|in|for|compared\s+(?:to|with)|relative\s+to|over|against)\s+[^,;]{1,40}?)`;
const LISTED_ITEM = `${LISTED_VALUE}${ITEM_FOR}?`;
/** "by up to 4.5% SR on WebArena, 5.8% SR on ScienceWorld and", "by 22.5% to": the items after "by" so far. */
// "of 4.03% on MMMU, 5.28% on VQA-Rad, and": a serial comma before "and" closes a list of three or more.
// "by up to 16.1%/5.1%/8.6% and 20.7%/11.8%/13.9%": slashes join items too.
// "of 1.7% and 0.9% on A, and": after an item that names its benchmark, ", and" goes on to the next
// group of the same list (after a bare value it starts a clause of its own, above).
const LISTED_ON_ITEM = `${LISTED_VALUE}${ITEM_FOR}`;
export const LISTED_CHANGE = String.raw`(?:(?:${LISTED_ITEM}(?:,\s*|\s+and\s+|\s+to\s+|\s*\/\s*))+|(?:${LISTED_ITEM},\s*){2,}and\s+|(?:${LISTED_ITEM}(?:,\s*|\s+and\s+|\s*\/\s*))*${LISTED_ON_ITEM},\s*and\s+)$`;
/** "the number of tasks solved increased for 4%": "for" written where "by" is meant still names a change. */
const FOR_AS_BY = String.raw`(?:increas|improv|decreas|reduc|boost|rais|declin)(?:ed|es|e|ing)\s+for`;
export const CHANGED_FOR = new RegExp(String.raw`\b${FOR_AS_BY}\s+(?:about\s+|nearly\s+|over\s+)?$`, "i");
export const PARALLEL_BY = new RegExp(String.raw`\b(?:by|${FOR_AS_BY})${LISTED_CHANGE}`, "i");

/** "improvements of 4% on test-clean and 14% on test-other": the next item of a list of changes. */
export const PARALLEL_DELTA = new RegExp(
  String.raw`\b(?:improvements?|gains?|increases?|increments?|reductions?|drops?|decreases?|margins?)(?:\s+of|:|\s+in\s+(?:[\w@^-]+\s+){0,2}[\w@^-]+,?\s+\(?(?:i\.e\.|namely),?)?${LISTED_CHANGE}`,
  "i",
);
/**
 * "achieves 6% improvement on LongBench's QA and (up to) 12.5% on", "a 3.5% boost over X on A and
 * 1.4%", "a 17% relative improvement in F1 for A and a 14.7% for B": the next value of a stated change.
 */
// "reductions of up to 81.3% in MSE and in MAE 52.3%": the change named before its first value too.
export const CHANGE_THEN_AND =
  /\d\s*%?\s+(?:absolute\s+|relative\s+|performance\s+)?(?:improvements?|gains?|boosts?)\s+(?:on|in|over)\s+(?:[^,;()]|\([^()]*\)){1,50}?\s+and\s+(?:an?\s+)?(?:up\s+to\s+|about\s+|nearly\s+|more\s+than\s+|over\s+|at\s+least\s+)?$|\b(?:improvements?|gains?|reductions?|decreases?|increases?)\s+of\s+(?:up\s+to\s+)?\d[\d.]*\s*%?\s+(?:on|in)\s+[^,;()]{1,40}?\s+and\s+(?:on|in)\s+[^,;()\d]{1,30}?\s+$/i;
/** "gains typically between 1-3% and reaching up to 8%": the most a stated change reaches is one too. */
// "with improvements scaling consistently up to 36.6%": a few plain words may come between noun and bound.
export const CHANGE_REACHING_UP_TO =
  /\b(?:improvements?|gains?|increases?|boosts?|reductions?)\b(?:[^;]{0,60}?\d\s*%?[^;\d]{0,20}?\s(?:and\s+)?(?:reaching|rising|peaking|climbing)|(?:\s+[a-z]+){1,3})\s+(?:up\s+to|as\s+high\s+as)\s+$/i;
/** "while reducing 42% in annotation costs": a share cut straight after the verb is a saving or a change, never a score. */
export const CUT_VERB_BEFORE =
  /\b(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)|sav(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|shrink(?:s|ing)?)\s+(?:only\s+|just\s+|about\s+|up\s+to\s+|nearly\s+|over\s+|roughly\s+|approximately\s+)?$/i;
/** "outperforms uniform sampling up to 8.1%, 5.6%, and 10.3%": a margin over the compared run, "by" left out. */
export const OUTPERFORMS_UP_TO = new RegExp(
  String.raw`\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*)\s+(?:[\w.-]+\s+){1,4}?(?:by\s+)?up\s+to\s*(?:$|${LISTED_CHANGE})`,
  "i",
);
/** "relative gains typically between 1-3%": the ends of a range of changes. */
export const CHANGES_BETWEEN =
  /\b(?:gains?|improvements?|increases?|reductions?|drops?|decreases?)\s+(?:[a-z]+\s+)?(?:between|from)\s+(?:[\d.]+\s*%?\s*(?:-{1,2}|–|to|and)\s*)?$/i;
