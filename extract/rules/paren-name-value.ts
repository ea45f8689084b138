/**
 * "exceeding the prior best (LLFF, 24.88)", "the strongest baseline (MixSTE, 40.9 mm)", "(GPT-4V
 * with MMD-Agent at 74.0% F1)": a model named first inside the parentheses, then one value, is
 * that model's result, not the subject's.
 */
import { benchmarkBetween } from "../resolve-benchmark";
import { lastBenchmarkBetween } from "../benchmark-phrase";
import type { SentenceContext } from "../sentence-context";
import { isSelf } from "../resolve-model";
import { draftFor } from "./draft";
import { isModelShaped } from "./paren-owner";
import { mentionIn, type Rule } from "./rule";

const SPLIT_INSIDE = /\bon\s+(?:the\s+)?(test-dev|test-std|test-clean|test-other|val|test|minival)\s*\)$/;

/** "(HRFormer, 77.2 AP on test-dev)": on the benchmark whose split of that name the sentence named. */
function splitOwner(sc: SentenceContext, open: number, close: number): string | null {
  const split = SPLIT_INSIDE.exec(sc.text.slice(open, close + 1))?.[1];
  const earlier = split ? sc.text.lastIndexOf(split, open) : -1;
  return earlier < 0 ? null : lastBenchmarkBetween(sc, 0, earlier + split!.length);
}

/** "(LLFF, 24.88)", "(GPT-4V with MMD-Agent at 74.0%)": a comma, or what the model ran with and "at". */
const NAME_THEN_VALUE = /^\s*(?:,|(?:with\s+[^(),;]{1,30}?\s+)?at\s+[+~]?\d)/;

export const parenNameValue: Rule = {
  name: "paren-name-value",
  requires: "(",
  // "(HRFormer, 77.2 AP on test-dev)": the value may say what it is on.
  pattern:
    /\(\s*(?=[A-Z][^(),;]{0,40}(?:,\s*|\s+at\s+)[+~]?\d[\d.,]*\s*%?\s*(?:[A-Za-z][\w@-]{0,5})?(?:\s+(?:on|in)\s+[^(),;]{1,30})?\s*\))/g,
  extract(match, sc) {
    const at = match.index + match[0].length;
    const name = sc.names.find((n) => n.start === at);
    if (!name || !NAME_THEN_VALUE.test(sc.text.slice(name.end)) || !isModelShaped(name.text)) return null;
    const close = sc.text.indexOf(")", name.end);
    const mention = mentionIn(sc, name.end, close);
    if (!mention) return null;
    // The words around the parenthesis ("exceeding … by a wide margin") are the subject's margin;
    // the value inside is the named model's own result.
    const draft = draftFor(sc, mention, { clauseEnd: close, requireSignal: false });
    if (!draft || mention.signed) return null;
    // "an AP of 0.65 on Peptides-func, … (GatedGCN, 0.61 AP)": on the board its metric was named on.
    const said = draft.metric ? sc.text.lastIndexOf(draft.metric, match.index) : -1;
    const benchmark =
      splitOwner(sc, match.index, close) ??
      ((said >= 0 && benchmarkBetween(sc, said, match.index)) || draft.benchmark);
    return [
      {
        ...draft,
        kind: "score",
        benchmark,
        model: name.text,
        self: isSelf(sc, name.text),
        focusStart: match.index,
        focusEnd: close + 1,
      },
    ];
  },
};
