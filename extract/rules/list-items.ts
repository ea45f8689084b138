/** Which values one list holds: "53.1% / 54.3%", "4.85 and 10.88", "1.79x, 1.93x and 2.1x", "3x to 7x". */
import type { NumberMention } from "../numbers";
import type { SentenceContext } from "../sentence-context";

const MAX_ITEMS = 12;
const SEPARATOR = /^\s*(?:,\s*(?:and\s+)?|,?\s*and\s+|\/\s*)$/;
// "3x to 7x" is a range of two results; "0% to 60%" is a change, left to from-to.
const RANGE = /^\s*to\s+$/;

/** The values read as one list from `first`: a "list" longer than any real one is not a list. */
export function listItems(sc: SentenceContext, first: NumberMention): NumberMention[] {
  const items = [first];
  for (let i = sc.numbers.indexOf(first) + 1; i < sc.numbers.length && items.length < MAX_ITEMS; i++) {
    const next = sc.numbers[i]!;
    if (!joins(sc.text, items.at(-1)!, next)) break;
    items.push(next);
  }
  return items;
}

/** "by 2.3 AP and 1.8 AP on COCO and LVIS": items may each carry the same metric word. */
const WORD_THEN_SEPARATOR = /^\s+([A-Za-z][\w@^-]*)(\s*(?:,\s*(?:and\s+)?|,?\s*and\s+|\/\s*))$/;

function joins(text: string, previous: NumberMention, next: NumberMention): boolean {
  const gap = text.slice(previous.end, next.start);
  if (SEPARATOR.test(gap) || (next.unit === "x" && RANGE.test(gap))) return true;
  const word = WORD_THEN_SEPARATOR.exec(gap)?.[1];
  if (word === undefined || /^and$/i.test(word)) return false;
  const rest = text.slice(next.end);
  const lead = rest.length - rest.trimStart().length;
  return lead > 0 && rest.startsWith(word, lead) && !/[\w@^-]/.test(rest.charAt(lead + word.length));
}
