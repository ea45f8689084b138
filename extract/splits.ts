/**
 * Evaluation splits written as a list beside a list of values: "2.1%/4.3% on test/testother",
 * "1.8/3.3 WER on the clean/other test sets", "1.9% and 4.1% on the test-clean and test-other sets". Each value gets its own split, so a test-other
 * number is never ranked against test-clean ones. Split words are general (LibriSpeech-style
 * clean/other, dev/test/val, skeleton-action X-Sub/X-View), never a benchmark's name.
 */
import { SHOT_COUNT } from "./lexicon";

const SHOTS = new RegExp(String.raw`\b${SHOT_COUNT}\b`, "i");

// "X-Sub/X-View", "cross-subject/cross-setup": the evaluation protocols of skeleton-action sets are splits too.
const SPLIT_WORD =
  "(?:test-dev|test-std|minival|test|dev|val|validation|clean|other|X-?Sub|X-?View|X-?Set|cross-(?:subject|view|setup))(?:[- ]?(?:clean|other))?";
const SPLIT_LIST = new RegExp(`\\b(${SPLIT_WORD}(?:\\s*\\/\\s*${SPLIT_WORD})+)\\b`, "i");
// Written out with "and" ("the test-clean and test-other sets"), a split is named in full: a bare
// "other" there is an ordinary word ("the validation and other sets").
const FULL_SPLIT = "(?:(?:test|dev)[- ]?(?:clean|other)|test-dev|test-std|minival|test|dev|val|validation)";
const AND_LIST = new RegExp(
  `\\b(${FULL_SPLIT}(?:\\s*,\\s*${FULL_SPLIT})*,?\\s+and\\s+${FULL_SPLIT})\\b`,
  "i",
);

// Global copies, built once, for reading every list of a window (matchAll copies their state).
const EVERY_SPLIT_LIST = new RegExp(SPLIT_LIST.source, "gi");
const EVERY_AND_LIST = new RegExp(AND_LIST.source, "gi");

/** The canonical name of one split word: "clean" is test-clean, "testother" is test-other. */
function canonicalSplit(word: string): string {
  const w = word.toLowerCase().replace(/[\s-]/g, "");
  const named: Record<string, string> = {
    clean: "test-clean",
    other: "test-other",
    testclean: "test-clean",
    testother: "test-other",
    devclean: "dev-clean",
    devother: "dev-other",
    validation: "val",
    testdev: "test-dev",
    teststd: "test-std",
    xsub: "X-Sub",
    xview: "X-View",
    xset: "X-Set",
    crosssubject: "X-Sub",
    crossview: "X-View",
    crosssetup: "X-Set",
  };
  return named[w] ?? w;
}

/** The splits listed after `from` in the sentence, when there are exactly `count` of them. */
export function splitsAfter(sentence: string, from: number, count: number): string[] | null {
  const window = sentence.slice(from, from + 120);
  return splitsOf(SPLIT_LIST.exec(window) ?? AND_LIST.exec(window), count);
}

/** "On the test-clean and test-other sets, X obtains 1.8% and 3.9%": the splits named before the values. */
export function splitsBefore(sentence: string, to: number, count: number): string[] | null {
  const window = sentence.slice(Math.max(0, to - 120), to);
  const last = (pattern: RegExp) => [...window.matchAll(pattern)].at(-1) ?? null;
  return splitsOf(last(EVERY_SPLIT_LIST) ?? last(EVERY_AND_LIST), count);
}

/**
 * "On NTU RGB+D 60 X-Sub/X-View, X achieves 81.1%/89.4%": splits named just before the values, with
 * no other value between, are theirs even when a later clause names splits of its own.
 */
export function splitsRightBefore(sentence: string, to: number, count: number): string[] | null {
  const window = sentence.slice(Math.max(0, to - 60), to);
  const m = [...window.matchAll(EVERY_SPLIT_LIST)].at(-1);
  return m && !/\d\s*%|\d\.\d/.test(window.slice(m.index + m[0].length)) ? splitsOf(m, count) : null;
}

function splitsOf(m: RegExpExecArray | RegExpMatchArray | null, count: number): string[] | null {
  if (!m?.[1]) return null;
  const splits = m[1].split(/\s*(?:\/|,\s*and\s|,|\band\s)\s*/).map((s) => canonicalSplit(s.trim()));
  return splits.length === count && new Set(splits).size === count ? splits : null;
}

/**
 * "98.1%, 95.4% and 88.7% under normal walking, bag-carrying and clothing-change conditions", "Dice
 * scores of 92.1, 88.7 and 85.3 for whole tumor, tumor core and enhancing tumor, respectively": each
 * value is measured under its own condition or on its own part, so each keeps it as its setting.
 */
const CONDITION_LIST =
  /^\s*(?:[A-Za-z][\w@-]*\s+)?,?\s*(?:on\s+[^,;()]{1,30}?\s+)?(?:respectively\s*,?\s*)?(?:under|in|for|with)\s+(?:the\s+)?((?:[\w-]+\s){0,2}[\w-]+(?:\s*,\s*(?:[\w-]+\s){0,2}[\w-]+)*,?\s+and\s+(?:[\w-]+\s){0,2}?[\w-]+)(?:\s+(?:conditions|settings|scenarios|cases|regimes|subsets)\b|\s*,?\s*respectively\b)/;

export function conditionsAfter(sentence: string, from: number, count: number): string[] | null {
  return describedItems(CONDITION_LIST.exec(sentence.slice(from, from + 160))?.[1], count);
}

/** One condition per value, all described in lower case ("in COCO, LVIS and ADE20K" names benchmarks). */
function describedItems(list: string | undefined, count: number): string[] | null {
  const items = list?.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((item) => {
    // "4-way 1 shot": a few-shot condition is named by its shots, as the setting table names them.
    const shots = SHOTS.exec(item);
    return shots ? `${shots[1]!.toLowerCase()}-shot` : item.trim();
  });
  const described = items?.every((item) => /^[a-z0-9]/.test(item)) ?? false;
  return described && items?.length === count && new Set(items).size === count ? items : null;
}

/**
 * "under 4-way 1 shot and 4-way 5 shot experimental settings X achieved 83.28% and 98.25% …,
 * respectively": the conditions named before the list, when "respectively" pairs them.
 */
const CONDITION_LIST_BEFORE =
  /\b(?:under|in|with|for)\s+(?:the\s+)?((?:[\w-]+\s){0,2}[\w-]+(?:\s*,\s*(?:[\w-]+\s){0,2}[\w-]+)*,?\s+and\s+(?:[\w-]+\s){0,2}[\w-]+)\s+(?:[a-z]+\s+)?(?:conditions|settings|scenarios|regimes)\b[^;]*$/;

export function conditionsBefore(sentence: string, to: number, count: number): string[] | null {
  if (!/\brespectively\b/.test(sentence.slice(to))) return null;
  return describedItems(CONDITION_LIST_BEFORE.exec(sentence.slice(Math.max(0, to - 300), to))?.[1], count);
}

/** "FID=13.44/6.38/4.25 with only 42M/118M/205M parameters": a parallel list of sizes, one per value. */
const SIZE_LIST =
  /^[^.;]{0,20}?\bwith\s+(?:only\s+|just\s+)?((?:\d+(?:\.\d+)?[KMB]\s*\/\s*)+\d+(?:\.\d+)?[KMB])\s+(parameters|params)\b/;

export function sizesAfter(sentence: string, from: number, count: number): string[] | null {
  const m = SIZE_LIST.exec(sentence.slice(from, from + 80));
  const sizes = m?.[1]?.split(/\s*\/\s*/).map((size) => `${size} ${m[2]}`);
  return sizes?.length === count && new Set(sizes).size === count ? sizes : null;
}

/** The settings of a list's values, one each: splits, conditions or sizes named beside the list. */
export function listSettings(sentence: string, start: number, end: number, count: number): string[] | null {
  return (
    splitsRightBefore(sentence, start, count) ??
    splitsAfter(sentence, end, count) ??
    conditionsAfter(sentence, end, count) ??
    sizesAfter(sentence, end, count) ??
    splitsBefore(sentence, start, count) ??
    conditionsBefore(sentence, start, count)
  );
}
