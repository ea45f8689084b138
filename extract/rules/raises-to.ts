/**
 * "boosts the accuracy of Mistral-7B to 61.2% on MATH": the value after "to" is the named model run
 * the paper's way (like the second value of from-to.ts, which handles "from A to B").
 */
import { IMPROVE_VERB } from "../lexicon";
import { metricAfter } from "../metric";
import { lastMetric } from "../metric-spans";
import { resolveBenchmark } from "../resolve-benchmark";
import { isSetting } from "./draft";
import { PAPER_METHOD, paperRunOf } from "./paper-run";
import { mentionIn, type ClaimDraft, type Rule } from "./rule";

export const raisesTo: Rule = {
  name: "raises-to",
  requires: " to ",
  // "elevates Qwen2.5-7B's multi-hop QA accuracy to 90.2%": the model's possessive names it too;
  // "Kimi-Dev powers SWE-Agents to 48.6%": so does the model right before "to".
  pattern: new RegExp(
    `${IMPROVE_VERB}+(?:(?:the\\s+)?(?:[\\w@.-]+\\s+){0,3}?of\\s+(?:the\\s+)?(?=[A-Z])|(?=[A-Z][\\w.+-]*['’]s\\s)|(?=[A-Z][\\w.+-]*\\s+to\\s+[+~]?\\d))`,
    "g",
  ),
  extract(match, sc) {
    const at = match.index + match[0].length;
    const model = sc.names.find((n) => n.start === at);
    if (!model) return null;
    const to = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?to\s+(?=[+~]?\d)/.exec(
      sc.text.slice(model.end, model.end + 60),
    );
    // "increases the success rates of X by up to 16.1%": a change, not the value it rose to.
    if (!to || /\bby\s|\bup\s+to\s+$/.test(to[0])) return null;
    const mention = mentionIn(sc, model.end + to[0].length, model.end + to[0].length + 2);
    if (!mention || isSetting(sc, mention)) return null;
    const metric = metricAfter(sc.text, mention.end) ?? lastMetric(sc.text.slice(match.index, at));
    if (!metric && mention.unit !== "%") return null;
    const benchmark = resolveBenchmark(sc, mention.start, mention.end, sc.text.length);
    const run = paperRunOf(sc, model.text);
    const draft: ClaimDraft = {
      model: run,
      // Without the method's name the row still must not rank as the plain model.
      ...(run === model.text ? { setting: PAPER_METHOD } : {}),
      self: true,
      benchmark,
      metric,
      mention,
      kind: "score",
      focusStart: match.index,
      focusEnd: mention.end,
    };
    return [draft];
  },
};
