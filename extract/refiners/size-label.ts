/**
 * Sizes that say which member of a family obtained a value: "(8B: 80.2% AndroidWorld, 48.5%
 * OSWorld)" labels the values in its parenthesis; "57.9% and 60.5% mAP using only 1.54M and 7.05M
 * parameters, respectively" pairs a list of values with a list of sizes in order; "a 7B
 * VR-Thinker" puts the size before the name.
 */
import type { SentenceContext } from "../sentence-context";
import type { Refiner } from "./refiner";

// The last "8B:" label in the parenthesis the value stands in, with no other parenthesis or label between.
const SIZE_LABEL = /(?:\(|[,;]\s*)(\d+(?:\.\d+)?[BM])\s*:\s*[^():]*$/;

const SIZE = String.raw`\d+(?:\.\d+)?[KMB]`;
const SIZES_AFTER = new RegExp(
  String.raw`^[^;]{0,40}?\b(?:using|with)\s+(?:only\s+)?((?:${SIZE}\s*(?:,\s*(?:and\s+)?|and\s+|\/\s*))+${SIZE})\s+(?:parameters|params)\b[^;]{0,30}?\brespectively\b`,
);
const JOIN = /^\s*%?\s*(?:,\s*(?:and\s+)?|and\s+|\/\s*)$/;

export const sizeLabel: Refiner = {
  name: "size-label",
  refine(draft, sc) {
    const size =
      labelledSize(sc, draft.mention.numStart) ??
      respectiveSize(sc, draft.mention.numStart) ??
      sizeBeforeName(sc, draft.model, draft.mention.numStart);
    if (!size || draft.model.includes(size)) return draft;
    return { ...draft, model: `${draft.model} ${size}` };
  },
};

// "a 7B VR-Thinker achieves 80.5%": a size between the article and the name is the member's.
const SIZE_BEFORE = /\b(?:[Aa]n?|[Tt]he|[Oo]ur)\s+(\d+(?:\.\d+)?[BM])\s+$/;

function sizeBeforeName(sc: SentenceContext, model: string, at: number): string | null {
  const named = sc.text.lastIndexOf(model, at);
  return named < 0 ? null : (SIZE_BEFORE.exec(sc.text.slice(Math.max(0, named - 16), named))?.[1] ?? null);
}

function labelledSize(sc: SentenceContext, at: number): string | null {
  const open = sc.text.lastIndexOf("(", at);
  if (open < 0 || sc.text.lastIndexOf(")", at) > open) return null;
  return SIZE_LABEL.exec(sc.text.slice(open, at))?.[1] ?? null;
}

/** The size in the same place of its list as the value is in the list of values before it. */
function respectiveSize(sc: SentenceContext, at: number): string | null {
  if (!/respectively/.test(sc.text)) return null;
  const index = sc.numbers.findIndex((n) => n.numStart === at);
  let first = index;
  while (first > 0 && JOIN.test(sc.text.slice(sc.numbers[first - 1]!.end, sc.numbers[first]!.start))) first--;
  let last = index;
  while (
    last + 1 < sc.numbers.length &&
    JOIN.test(sc.text.slice(sc.numbers[last]!.end, sc.numbers[last + 1]!.start))
  )
    last++;
  if (index < 0 || last === first) return null;
  const sizes = SIZES_AFTER.exec(sc.text.slice(sc.numbers[last]!.end))?.[1]?.match(new RegExp(SIZE, "g"));
  return sizes?.length === last - first + 1 ? sizes[index - first]! : null;
}
