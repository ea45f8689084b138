/**
 * The catch-all: a value with a result unit or a metric word ("35.9% AP", "1.79x speedups",
 * "+0.6 XCOMET", "over 90%"), attributed by the shared resolvers. Runs last so that every
 * more specific rule has had its say on the same value.
 */
import { isRivalsValue } from "../comparison-scope";
import { draftFor } from "./draft";
import { mentionIn, type Rule } from "./rule";

export const valueUnit: Rule = {
  name: "value-unit",
  // A digit not glued to a word, or the second end of a range ("72--79%", "2.7x-3.5x").
  pattern: /(?<![\w.\-/^])[+±~]?\d|(?<=\d[%x×]?\s?-{1,2})\d/g,
  extract(match, sc) {
    const mention = mentionIn(sc, match.index, match.index + match[0].length);
    if (!mention) return null;
    const draft = draftFor(sc, mention);
    return draft && !isRivalsValue(sc, mention.start, draft.model) ? [draft] : null;
  },
};
