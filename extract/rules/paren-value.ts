/** "achieves the highest performance on the Easy-Level dataset (94.55)": a bare value in parentheses after a benchmark. */
import { benchmarkAt } from "../resolve-benchmark";
import { callsItselfMetric } from "../metric-label";
import { draftFor } from "./draft";
import { mentionIn, type Rule } from "./rule";

const ACHIEVES =
  /\b(?:achiev\w*|reach\w*|attain\w*|obtain\w*|scor\w*|outperform\w*|perform\w*|top\w*|lead\w*|rank\w*)\b/i;

export const parenValue: Rule = {
  name: "paren-value",
  requires: "(",
  // "on par with X (0.940)" names a compared model, not a benchmark.
  pattern: /\bon\s+(?!par\b)(?:the\s+)?([^,;()]{2,60}?)\s+\((?=\d[\d.]*\))/g,
  extract(match, sc) {
    const at = match.index + match[0].length;
    const mention = mentionIn(sc, at, at + 1);
    if (!mention || !ACHIEVES.test(sc.text.slice(0, match.index))) return null;
    const phraseStart = match.index + match[0].indexOf(match[1] ?? "");
    const draft = draftFor(sc, mention, { requireSignal: false });
    // "on the PESQ metric (3.373)": the phrase names the measure; the benchmark is the sentence's.
    const phrase = match[1] ?? "";
    const benchmark =
      benchmarkAt(sc, phraseStart) ?? (callsItselfMetric(phrase) ? (draft?.benchmark ?? null) : phrase);
    return draft
      ? [{ ...draft, benchmark, kind: "score", focusStart: Math.min(draft.focusStart, match.index) }]
      : null;
  },
};
