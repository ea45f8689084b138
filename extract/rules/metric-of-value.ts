/**
 * "an accuracy of 69.2", "a decoding throughput of up to 4,039 tokens per second", "an average
 * consumption of 2.98 GB": the metric precedes the value, which may have no unit of its own.
 */
import { metricBefore } from "../metric";
import { draftFor } from "./draft";
import { mentionIn, type Rule } from "./rule";

export const metricOfValue: Rule = {
  name: "metric-of-value",
  pattern: /\b(?:of|reaching|reaches|scores|scoring|scored)\s+(?:up to\s+|only\s+|about\s+|around\s+|over\s+|nearly\s+|an?\s+average\s+of\s+)?(?=[+~]?\d)/g,
  extract(match, sc) {
    const at = match.index + match[0].length;
    const mention = mentionIn(sc, at, at + 2);
    if (!mention) return null;
    // "it scores 31.4": the verb is the metric's name.
    const metric = /^scor/i.test(match[0]) ? "score" : metricBefore(sc.text, mention.start);
    if (!metric) return null;
    const draft = draftFor(sc, mention, { requireSignal: false });
    return draft ? [{ ...draft, metric, focusStart: Math.max(0, match.index - metric.length - 4) }] : null;
  },
};
