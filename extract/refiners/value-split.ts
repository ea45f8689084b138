/** The split a value is on ("test-dev", "val"), read per value rather than per sentence. */
import { nextValueStart, type SentenceContext } from "../sentence-context";

// The name a split is kept under as a setting: "test-other", "val", "test-dev".
export const SPLIT_SETTING = /^(?:test|dev|val|minival|test-dev|test-std)(?:-(?:clean|other))?$/;

// "test-dev", "the val set", "Cityscapes val", "COCO val2017", "minival", "the test clean subset":
// the split a value is on.
// "on Area 5" (S3DIS), "fold 1": the held-out part a value is measured on.
const SPLIT_MENTION =
  /\b(?:((?:test|dev)[- ](?:clean|other)|test-dev|test-std|Area \d+|[Ff]old \d+)|val(?:idation)?[- ](?:set|split)|val(?:20\d\d)?|minival)\b/gi;

const LABELS = /^[\w-]+\s*\(\s*[+~]?$/;

/** "COCO val2017" for a value on test-dev: the benchmark's own split words, when they name another. */
export function otherSplitIn(benchmark: string | null, split: string | null): boolean {
  if (!benchmark || !split || !SPLIT_SETTING.test(split)) return false;
  const named = [...benchmark.matchAll(SPLIT_MENTION)];
  return named.length > 0 && named.every((m) => (m[1]?.toLowerCase() ?? "val") !== split);
}

const HELD_OUT_PART = /^(?:Area|[Ff]old) \d+$/;

/**
 * The split of one value: "80.9 AP on test-dev, while B reaches 75.8 AP on the val set" puts each
 * value on the split named between it and the next value. Failing that, a split named elsewhere in
 * the clause counts only when it sets the scope ("On the val set, …", before every value) or
 * follows the value's own benchmark ("65.4 on COCO test-dev and 62.9 on ADE20K": not ADE20K's).
 */
export function valueSplit(
  sc: SentenceContext,
  numStart: number,
  end: number,
  benchmark: string | null,
): string | null {
  const clauseStart = sc.text.lastIndexOf(";", numStart) + 1;
  const semicolon = sc.text.indexOf(";", end);
  const clauseEnd = semicolon < 0 ? sc.text.length : semicolon;
  const mentions = [...sc.text.slice(clauseStart, clauseEnd).matchAll(SPLIT_MENTION)].map((m) => ({
    at: clauseStart + m.index,
    name: m[1] === undefined ? "val" : HELD_OUT_PART.test(m[1]) ? m[1] : m[1].toLowerCase().replace(" ", "-"),
  }));
  if (mentions.length === 0) return null;
  // "COCO val2017 (63.2 AP) and test-dev (63.3 AP)": a value opening a parenthesis is on the split
  // named right before it.
  const labelled = mentions.findLast((m) => m.at < numStart && LABELS.test(sc.text.slice(m.at, numStart)));
  if (labelled) return labelled.name;
  const next = nextValueStart(sc, end, clauseEnd);
  const own = mentions.find((m) => m.at >= end && m.at < next);
  if (own) return own.name;
  // "79.1 on ScanNet val and 75.3 on ScanNet test": a value said to be on the test split takes no other.
  if (/\btest(?:\s+(?:set|split))?\b(?!-)/.test(sc.text.slice(end, next))) return null;
  const firstValue = nextValueStart(sc, clauseStart, clauseEnd);
  const applies = (m: { at: number }) =>
    m.at < firstValue ||
    sameParenthesis(sc.text, m.at, numStart) ||
    benchmark === null ||
    // "on COCO val2017": the split is part of the benchmark's own name.
    insideName(sc.text, m.at, benchmark) ||
    followsBenchmark(sc.text.slice(Math.max(clauseStart, m.at - 40), m.at), benchmark);
  const shared =
    mentions.findLast((m) => m.at < numStart && applies(m)) ??
    mentions.find((m) => m.at >= end && applies(m));
  return shared?.name ?? null;
}
function insideName(text: string, at: number, name: string): boolean {
  const start = text.lastIndexOf(name, at);
  return start >= 0 && at < start + name.length;
}
/** "COCO val", "COCO test-dev … the val set": the split follows the benchmark with no value between. */
function followsBenchmark(before: string, benchmark: string): boolean {
  const at = before.lastIndexOf(benchmark);
  return at >= 0 && !/\d/.test(before.slice(at + benchmark.length));
}
/** Whether two offsets sit inside one pair of parentheses ("(58.7 box AP and 51.1 mask AP on test-dev)"). */
function sameParenthesis(text: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  const open = text.lastIndexOf("(", from);
  return open >= 0 && !text.slice(open, to).includes(")");
}
