/** Values that name a measure of their own, beside whatever metric the sentence or benchmark names. */
import { namesLexiconMetric } from "../metric";
import type { NumberMention } from "../numbers";

const OTHER_RATE_AFTER = /^\s*%?\s*(?:[a-z][\w-]*\s+){1,2}(?:rates?|ratios?|index)\b/;
const FOUND_SHARE =
  /\b(?:detect|identif|find|finds|found|locat|flag|catch|catches|caught|recall)\w*\s+(?:about\s+|over\s+|nearly\s+|up to\s+|only\s+)?\d[\d.]*\s*%\s+of\s/i;

/**
 * "a decrease in low-quality samples from 46.99% to", "reduces invalid synthetic data from 50% to 7%":
 * the thing a change is in, when it names no metric, is the value's measure.
 */
const CHANGED_THING_FROM =
  /\b(?:(?:decrease|reduction|increase|drop|rise|growth)s?\s+in|(?:reduc|decreas|lower|cut|increas|rais)\w*)\s+(?:the\s+)?((?:[a-z][\w-]*\s+){1,3})from\s+(?:[\d.]+\s*%?\s+to\s+)?$/;

/**
 * "a 57.9% consistency rate" (a rate the lists do not know), "identifies 74% of task failures" (a
 * share found), "a decrease in low-quality samples from A to B" (a thing changed, not a metric).
 */
export function namesOwnMeasure(text: string, m: NumberMention): boolean {
  const rate = OTHER_RATE_AFTER.exec(text.slice(m.end, m.end + 40))?.[0];
  const thing = CHANGED_THING_FROM.exec(text.slice(Math.max(0, m.start - 80), m.start))?.[1]?.trim();
  return (
    (rate !== undefined && !namesLexiconMetric(rate)) ||
    FOUND_SHARE.test(text.slice(Math.max(0, m.start - 30), m.end + 30)) ||
    (thing !== undefined &&
      !namesLexiconMetric(thing) &&
      !/\b(?:performance|results?|average|scores?)$/.test(thing))
  );
}

const SUCCESS_AFTER = /^\s*%?\s*(?:average\s+|overall\s+|mean\s+|task\s+)?success\b(?!\s+rates?)/;

/** "86.6% average success on LIBERO": a share of successes said without "rate" is still the success rate. */
export function saysSuccess(text: string, m: NumberMention): boolean {
  return m.unit === "%" && SUCCESS_AFTER.test(text.slice(m.end, m.end + 30));
}
