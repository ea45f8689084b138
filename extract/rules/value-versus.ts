/**
 * "achieving 94.9% vs. 93.6% on LIBERO", "78.6% mAP on VOC (vs. 75.5% baseline)": the value after
 * "vs." is someone else's. It goes to the model named right after it ("versus 68.5% for Gemini"),
 * else to the one the subject was compared with, else to no one (consumed, never given to the
 * subject). The first value stays the subject's, on the benchmark the pair is on.
 */
import { DESCRIBED_RUN_NOUN } from "../lexicon";
import { metricAfter } from "../metric";
import { comparedOwnerAfter } from "../owner-after";
import { resolveBenchmark } from "../resolve-benchmark";
import { isSelf } from "../resolve-model";
import { comparedModel } from "./paren-versus";
import { draftFor } from "./draft";
import { mentionIn, type ClaimDraft, type Rule } from "./rule";

/** What may sit between the first value and "vs.": its unit and metric, or "on X (" before a parenthesis. */
const BETWEEN = /^(?:\s*%?(?:\s+[A-Za-z][\w@-]*)?\s*|[^(),;]{0,40}\(\s*)$/;
const DESCRIBED_AFTER = new RegExp(String.raw`^\s*%?\s*(?:[a-z][\w-]*\s+)?${DESCRIBED_RUN_NOUN}\b`);

export const valueVersus: Rule = {
  name: "value-versus",
  pattern: /\b(?:vs\.?|versus)\s+(?=[+~]?\d)/g,
  extract(match, sc) {
    const at = match.index + match[0].length;
    const b = mentionIn(sc, at, at + 2);
    const a = sc.numbers.findLast((n) => n.end <= match.index);
    if (!a || !b || sc.claimed.has(a.numStart) || !BETWEEN.test(sc.text.slice(a.end, match.index)))
      return null;
    // Only a pair whose first value reads as a result on its own ("0.57 vs. 0.79" with no measure is none).
    const first = draftFor(sc, a);
    if (first?.kind !== "score") return null;
    const subject = { name: first.model, self: first.self };
    // "78.6% on VOC (vs. 75.5%)": the pair is on what the first value is on; "94.9% vs. 93.6% on
    // LIBERO": on what follows the second.
    const opened = sc.text.slice(a.end, match.index).includes("(");
    const benchmark = opened
      ? resolveBenchmark(sc, a.start, a.end, match.index)
      : resolveBenchmark(sc, a.start, b.end, sc.text.length);
    const draft = (mention: typeof a, model: string, self: boolean): ClaimDraft => ({
      model,
      self,
      benchmark,
      metric: metricAfter(sc.text, a.end) ?? metricAfter(sc.text, b.end),
      mention: { ...mention, unit: mention.unit || a.unit || b.unit },
      kind: "score",
      focusStart: a.start,
      focusEnd: b.end,
    });
    const rival =
      comparedOwnerAfter(sc, b.start, b.end)?.name ??
      (DESCRIBED_AFTER.test(sc.text.slice(b.end)) ? null : comparedModel(sc, a.start));
    const second =
      rival && rival !== subject.name
        ? draft(b, rival, isSelf(sc, rival))
        : { ...draft(b, subject.name, false), silent: true };
    return [draft(a, subject.name, subject.self), second];
  },
};
