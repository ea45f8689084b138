/**
 * "improves Mistral-7B (77.9% → 84.1% on GSM8K)": a change written with an arrow. Read like
 * "from A to B" (from-to.ts): A is the baseline's, B the paper's run of it.
 */
import { pairDrafts } from "./from-to";
import { mentionIn, type Rule } from "./rule";

export const valueArrow: Rule = {
  name: "value-arrow",
  requires: "→",
  pattern: /→\s*(?=[+~]?\d)/g,
  extract(match, sc) {
    const b = mentionIn(sc, match.index + match[0].length, match.index + match[0].length + 2);
    // A ends right before the arrow (its unit may sit between them: "77.9% →").
    const a = sc.numbers.findLast(
      (n) => n.end <= match.index && /^\s*$/.test(sc.text.slice(n.end, match.index)),
    );
    if (!a || !b || sc.claimed.has(a.numStart)) return null;
    return pairDrafts(sc, a.start, a, b);
  },
};
