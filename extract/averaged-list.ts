/**
 * "43.8% average mIoU across PASCAL VOC, PASCAL Context, and COCO Object": a value averaged over
 * several named benchmarks is on none of them alone, so it is filed under no single one.
 */
import type { SentenceContext } from "./sentence-context";

// A benchmark's name in a list: up to three capitalised or numbered words ("PASCAL VOC", "COCO-Object").
const ITEM = String.raw`[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,2}`;
const LIST_AFTER = new RegExp(
  String.raw`^\s*%?\s*(?:[\w@-]+\s+){0,3}?(?:across|over|on)\s+(?:the\s+)?${ITEM}(?:\s*,\s*${ITEM})*,?\s+and\s+(?:the\s+)?${ITEM}`,
);
const AVERAGE = /\b(?:averag\w*|mean|avg\.?)\b/i;

export function averagedOverList(sc: SentenceContext, start: number, end: number): boolean {
  // Runs for every value: the cheap word test first, the list pattern only where an average is said.
  if (!AVERAGE.test(sc.text.slice(Math.max(0, start - 40), end + 60))) return false;
  const list = LIST_AFTER.exec(sc.text.slice(end, end + 160));
  if (!list) return false;
  // The average is said beside the value: before it ("an average mIoU of") or in the words after.
  const before = sc.text.slice(Math.max(0, start - 40), start);
  return AVERAGE.test(before) || AVERAGE.test(list[0].slice(0, list[0].search(/\s(?:across|over|on)\s/) + 1));
}
