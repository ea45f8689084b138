/** Expands a subject written as a list ("RT-DETR-R50 / R101", "YOLOv6-M/L", "DeepStack 7B and 13B") into full names. */
import { isModelName } from "../gazetteer";
import { isSubjectCandidate } from "../resolve-model";
import type { SentenceContext } from "../sentence-context";

const LIST_GAP = /^\s*(?:\/|,|and|,\s*and)\s*$/;

export function expandSubjectList(
  sc: SentenceContext,
  subject: string,
  before: number,
  count: number,
): string[] {
  const index = sc.names.findLastIndex((n) => n.end <= before && n.text === subject);
  if (index < 0) return [];
  const items = [sc.names[index]!];
  for (let i = index - 1; i >= 0 && items.length < count; i--) {
    const name = sc.names[i]!;
    const gap = sc.text.slice(name.end, items[0]!.start);
    if (!LIST_GAP.test(gap) || !isSubjectCandidate(sc, name)) break;
    // "Across A, B, and C, X raises …": "and" marks a list's last item, so a list that ended before
    // the subject does not hold it.
    if (items.length > 1 && /\band\b/.test(gap)) return [];
    items.unshift(name);
  }
  let texts = items.map((n) => n.text);
  if (texts.length === 1 && texts[0]!.includes("/")) texts = texts[0]!.split("/");
  if (texts.length === 1) texts = [...texts, ...suffixesAfter(sc, items[0]!.end, before)];
  if (texts.length !== count) return [];
  return texts.map((t, i) => (i === 0 ? t : completeName(texts[0]!, t)));
}

/** "RT-Det-v3-S, -M and -L reach …": the sizes written as bare suffixes after the first name. */
function suffixesAfter(sc: SentenceContext, from: number, to: number): string[] {
  const m = /^((?:\s*,\s*-[A-Za-z0-9]+)*,?\s*(?:and|&)\s+-[A-Za-z0-9]+)\b/.exec(sc.text.slice(from, to));
  return m ? [...m[1]!.matchAll(/-[A-Za-z0-9]+/g)].map((s) => s[0].slice(1)) : [];
}

/** "R101" after "RT-DETR-R50" -> "RT-DETR-R101"; "13B" after "DeepStack 7B" -> "DeepStack 13B". */
function completeName(head: string, short: string): string {
  // "Gemini 1.5 and GPT-4o": a name of another model family is whole already.
  if (isModelName(short) || (short.length >= head.length - 1 && /[A-Za-z]{3}/.test(short))) return short;
  const cut = Math.max(head.lastIndexOf("-"), head.lastIndexOf(" "));
  return cut > 0 && !head.startsWith(short) ? head.slice(0, cut + 1) + short : short;
}
