/** Members of a benchmark list written as one phrase: a set's parenthesis, slash-joined names, editions. */
import { isKnownBenchmark, isModelName } from "./gazetteer";
import { isKnownMetric } from "./metric";
import type { SentenceContext } from "./sentence-context";
import { isBenchmarkShaped, SET_NOUN, SET_NOUN_AFTER } from "./benchmark-phrase";
import { isValuedListItem } from "./non-subject";

/** "on three datasets (DOTA-v1.0, DIOR-R and HRSC2016)": the parenthesis names the set's members. */
export function setMembers(sc: SentenceContext, set: string, end: number): string[] {
  if (!SET_NOUN.test(set) || !/^\s*\(/.test(sc.text.slice(end, end + 3))) return [];
  const close = sc.text.indexOf(")", end);
  const names = sc.names.filter((n) => n.start > end && n.end <= close);
  return names.length >= 2 && names.every((n) => isBenchmarkShaped(n.text)) ? names.map((n) => n.text) : [];
}

/** "ImageNet-1K/COCO/ADE20K" is three benchmarks written as one word; "Cityscapes/val" stays one name. */
export function slashParts(name: string): string[] {
  const editions = editionsOf(name);
  if (editions) return editions;
  const parts = name.split("/");
  const named = (p: string) => /^[A-Z0-9]/.test(p) && p.length > 1 && isBenchmarkShaped(p);
  return parts.length > 1 && parts.every(named) && parts.some(isKnownBenchmark) ? parts : [name];
}

// "AIME 2024/2025", "AIME24/25": one board's editions, each a benchmark of its own.
const EDITIONS = /^(.*[^\d/])(\d{2,4})((?:\/\d{2,4})+)$/;

/** "on AIME 2024/2025": the editions written after a name at `end` ("" when none), part of what it names. */
export function editionsAfter(text: string, end: number): string {
  return /^\s?\d{2,4}(?:\/\d{2,4})+(?![\w/])/.exec(text.slice(end, end + 30))?.[0] ?? "";
}

function editionsOf(name: string): string[] | null {
  const m = EDITIONS.exec(name);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const numbers = [m[2], ...m[3].slice(1).split("/")];
  return numbers.every((n) => n.length === m[2]!.length) ? numbers.map((n) => m[1] + n) : null;
}

// "on the NeRF Synthetic, Mip-NeRF 360, and T&T+DB datasets": the names of a list the set noun closes.
// "IDMT-Traffic and our SZUR-Acoustic (Suzhou) datasets": "our" and a short parenthesis may stand in the list.
const LIST_INTO_SET =
  /^(?:\s\d+)?(?:\s*,\s*(?:and\s+|or\s+)?(?:the\s+|our\s+)?[A-Z][^\s,;]*(?:\s[A-Z0-9][^\s,;]*){0,2})*(?:,?\s+(?:and|or)\s+(?:the\s+|our\s+)?[A-Z][^\s,;]*(?:\s[A-Z0-9][^\s,;]*){0,2})?(?:\s\([^()]{1,30}\))?\s+(?:datasets|benchmarks)\b/;

/** Whether the text after a name makes it a set: "X dataset", or one item of a list "… datasets" closes. */
export function closesIntoSet(after: string): boolean {
  return SET_NOUN_AFTER.test(after) || LIST_INTO_SET.test(after.slice(0, 120));
}

/** Whether some mention of `name` in `text` (a whole word there) is followed by `nounAfter`. */
export function namedAs(text: string, name: string, nounAfter: RegExp): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (
      !/[\w-]/.test(text.charAt(at - 1)) &&
      nounAfter.test(text.slice(at + name.length, at + name.length + 20))
    )
      return true;
  return false;
}

/** "… improves on X by 20% on the SPI-DB benchmark": a name the sentence calls a set is one at every mention. */
export const calledSetIn = (text: string, name: string): boolean => namedAs(text, name, SET_NOUN_AFTER);

const PAREN_NAME_AFTER = /^\s*\(([A-Z][\w.+-]*)\)/;

/**
 * "accuracies are 80.20% (ADNI), 71.91% (AIBL), and 79.73% (OASIS)": values each followed by a
 * name in parentheses are on those sets (a metric or a model there is read elsewhere).
 */
export function namedInParenAfter(sc: SentenceContext, end: number): string | null {
  const name = PAREN_NAME_AFTER.exec(sc.text.slice(end, end + 40))?.[1];
  // "3,416.50 (TiCard-TabPFN)": a variant of the paper's own system is no set.
  const variant = (n: string) => sc.paper.systems.some((s) => n.startsWith(s));
  if (!name || isKnownMetric(name) || isModelName(name) || variant(name) || !isBenchmarkShaped(name))
    return null;
  const others = sc.numbers.filter(
    (n) => n.end !== end && PAREN_NAME_AFTER.test(sc.text.slice(n.end, n.end + 40)),
  );
  return others.length > 0 ? name : null;
}

/** "on both AndroidWorld (80.2%) and AndroidLab (53.6%)": a value in a later item's parenthesis is on that item. */
export function valuedListMember(sc: SentenceContext, start: number): string | null {
  const open = sc.text.lastIndexOf("(", start);
  if (open < 0 || sc.text.slice(open, start).includes(")")) return null;
  const name = sc.names.find((n) => n.end <= open && /^\s*$/.test(sc.text.slice(n.end, open)));
  if (!name || !isBenchmarkShaped(name.text)) return null;
  const before = sc.text.slice(Math.max(0, name.start - 160), name.start);
  return isValuedListItem(before, sc.text.slice(name.end, name.end + 40)) ? name.text : null;
}
