/** The words a value is read against, looking through the parenthesis it may sit in. */
import type { NumberMention } from "./numbers";

/**
 * The words around a value, looking through a parenthesis it sits in: in "only 28.5% (maybe even
 * 18.2%) of computations" both values are read against "only ... of computations".
 */
export function outerContext(sentence: string, mention: NumberMention): { before: string; after: string } {
  let before = sentence.slice(0, mention.start);
  let after = sentence.slice(mention.end, mention.end + 80);
  const open = before.lastIndexOf("(");
  if (open >= 0 && before.lastIndexOf(")") < open && mention.start - open < 24) {
    const close = sentence.indexOf(")", mention.end);
    if (close >= 0) after = sentence.slice(close + 1, close + 81);
    before = sentence.slice(0, open);
  } else {
    after = after.replace(/^\s*\([^)]*\)/, "");
  }
  return { before, after };
}
