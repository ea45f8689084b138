/**
 * "outperforms GPT-4o on AMC23 (67.5 vs. 45.0)": the first value is the subject's, the second the
 * compared model's (the name after the comparison verb). Two scores on the same benchmark.
 */
import { isKnownBenchmark } from "../gazetteer";
import { COMPARISON_CUE, DESCRIBED_RUN_NOUN } from "../lexicon";
import { isKnownMetric, metricAfter } from "../metric";
import { ADJECTIVE_SUFFIX } from "../name-shape";
import { resolveBenchmark } from "../resolve-benchmark";
import { isSelf, resolveModel } from "../resolve-model";
import type { SentenceContext } from "../sentence-context";
import { mentionIn, type ClaimDraft, type Rule } from "./rule";

export const parenVersus: Rule = {
  name: "paren-versus",
  requires: "vs",
  // "(67.5 vs. 45.0)", "(45.3 vs. 38.1 mAP)": a metric may close the parenthesis.
  // "(45.3 vs. 45.0 on MMLU)": a benchmark may close it too.
  pattern:
    /\((?=[+~]?\d[\d.,]*\s?%?\s*vs\.?\s+[+~]?\d[\d.,]*\s?%?\s*(?:(?:on\s+)?[A-Za-z][\w@.+-]*\s*){0,3}\))/g,
  extract(match, sc) {
    const a = mentionIn(sc, match.index + 1, match.index + 3);
    const b = a && sc.numbers[sc.numbers.indexOf(a) + 1];
    const other = comparedModel(sc, match.index);
    const subject = resolveModel(sc, match.index);
    if (!a || !b || !subject || other === subject.name) return null;
    const close = sc.text.indexOf(")", b.end);
    // From the first value, so "GSM8K (58.4 vs. 56.8)" is on the benchmark right before its parenthesis.
    const benchmark = resolveBenchmark(sc, a.start, b.end, close < 0 ? b.end : close);
    const unit = a.unit || b.unit;
    const draft = (mention: typeof a, model: string, self: boolean): ClaimDraft => ({
      model,
      self,
      benchmark,
      metric: metricAfter(sc.text, b.end),
      mention: { ...mention, unit },
      kind: "score",
      focusStart: match.index,
      focusEnd: b.end,
    });
    // "(76.9 vs. 80.1 mIoU)" with no one named to compare with: the second value is someone else's,
    // so it is consumed, never given to the subject.
    const second = other
      ? draft(b, other, isSelf(sc, other))
      : { ...draft(b, subject.name, false), silent: true };
    return [draft(a, subject.name, subject.self), second];
  },
};

const DESCRIBED_RUN = new RegExp(
  `\\b(?:its|the|their)\\s+((?:[a-z][\\w-]*\\s+){0,2}${DESCRIBED_RUN_NOUN})(?:\\s+(?:only\\s+)?[a-z]+ly)?\\s*$`,
);

/** The first name after the last comparison cue before `pos`: what the subject was compared with. */
export function comparedModel(sc: SentenceContext, pos: number): string | null {
  const before = sc.text.slice(0, pos);
  // "97% of the accuracy of its teacher (78.1 vs. 80.5 mIoU)": a described run right before the pair.
  const described = DESCRIBED_RUN.exec(before)?.[1];
  if (described) return described;
  // "on MMLU (70.6 vs. 69.8) and GSM8K (58.4 vs. 56.8)": an earlier pair's own "vs." names no one.
  // "40.45% vs. 34.85% AUC@5 on A, and 68.66% vs. …": nor does a "vs." between two values, nor
  // "improvements including 40.45% vs. …", a cue that lists values.
  const cue = [...before.matchAll(COMPARISON_CUE)]
    .filter(
      (c) =>
        before.lastIndexOf("(", c.index) <= before.lastIndexOf(")", c.index) &&
        !/\d\s*%?\s*$/.test(before.slice(0, c.index)) &&
        !/^\s*[+~]?\d/.test(sc.text.slice(c.index + c[0].length, c.index + c[0].length + 8)),
    )
    .at(-1);
  if (!cue) return null;
  const after = cue.index + cue[0].length;
  return (
    sc.names.find(
      (n) =>
        n.start >= after &&
        n.end <= pos &&
        !isKnownBenchmark(n.text) &&
        !isKnownMetric(n.text) &&
        // "the LiDAR-based method DiffusionDrive (87.8 vs. 88.1)": an adjective is not the rival.
        !ADJECTIVE_SUFFIX.test(n.text.split(" ")[0]!) &&
        !sc.paper.benchmarks.includes(n.text),
    )?.text ?? null
  );
}
