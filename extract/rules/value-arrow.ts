/**
 * "improves Mistral-7B (77.9% → 84.1% on GSM8K)": a change written with an arrow. Read like
 * "from A to B" (from-to.ts): A is the baseline's, B the paper's run of it.
 */
import { isModelName } from "../gazetteer";
import { isNameLike } from "../names";
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
    // "(96%→96% with Claude, 91%→92% with Gemini)": the model named right after a pair is its own.
    const owner = WITH_AFTER.exec(sc.text.slice(b.end, b.end + 60))?.[1];
    const named = owner && (isNameLike(owner.split(" ")[0]!) || isModelName(owner));
    return pairDrafts(sc, a.start, a, b, named ? owner : null);
  },
};

const WITH_AFTER = /^\s*%?\s*(?:with|for)\s+([A-Z][\w.+-]*(?:\s[\w.+-]+)?)\s*(?=[,;)]|$)/;
