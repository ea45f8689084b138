/** Finds the numbers of a sentence that could be results, with their unit and qualifier. */

import { foldSpread, isDimension, isFraction, nameUnit } from "./number-shapes";
import { withRangeEnds, withWordRanges } from "./number-ranges";

export type Qualifier = "bound" | "up-to" | null;

export interface NumberMention {
  value: number;
  /** The number as written, sign and unit included. */
  raw: string;
  unit: string;
  /** Offsets within the sentence: the whole mention, and the digits alone. */
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  signed: boolean;
  qualifier: Qualifier;
  /** For the second end of a range ("6.9-15.5%"), where the first end's digits start. */
  rangeFrom?: number;
}

// A number not glued to a name ("GPT-4.1", "R101", "8/128", "δ1", "MetaCLIP 2's"), optionally signed, then its unit.
// The unit alternatives are ordered longest first so "tokens per second" wins over "tokens".
// "NTU RGB+D 120 X-Sub": a capital X opening a hyphenated word is that word, not "times";
// "RF-DETR (2x-large)" is a size.
const NUMBER =
  /(?<![\p{L}\p{N}_.\-^@]|\bNo\.\s|\d:)([+±↑↓]\s?|\$|plus\s)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?%|\s?percent\b|\s?(?:[x×](?![A-Za-z0-9]|-large\b)|X(?![A-Za-z0-9-]))|\s?-?times\b|-?fold\b|\s?(?:FPS|fps|frames per second|frames\/s(?:ec)?)\b|\s?tokens\/s\b|\s?tokens per second\b|\s(?:percentage|percent) points?\b|\s?(?:-|\s)points?\b|\s?pp\b|\s?[KMGT]i?B\b|\s?ms\b|\s?hours?\b|\s?dB\b|\s?mm\b)?(?![A-Za-z\d]|\.\d|,\d{3}|['’]s\b)/gu;

const BOUND_BEFORE =
  /(?:\b(?:over|above|below|under|nearly|near|close to|almost|around|about|approximately|roughly|merely|more than|less than|at least|at most|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|within)|[~≈><≥≤])\s*$/i;
// "the first camera model to pass 60 NDS": a threshold crossed states only that the result is
// above it ("passes 23.9% of the tasks" is a share passed, a result).
const PASSED_BEFORE =
  /\b(?:(?:sur)?pass(?:es|ed|ing)?|break(?:s|ing)?|broke|cross(?:es|ed|ing)?)(?:\s+the)?\s*$/i;
const FAILS_TO_REACH =
  /\b(?:struggl\w+|fail\w*|unable)\s+to\s+(?:achieve|reach|exceed|surpass|attain)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+)?$/i;
// "crossing the 70% mIoU threshold": a value named as a mark to clear is a bound, not a result.
const THRESHOLD_AFTER = /^\s*(?:[\w@&-]+\s+){0,2}(?:threshold|mark|barrier|milestone)\b/i;
const UP_TO_BEFORE = /\bup to(?: an?)?\s*$/i;

export function findNumbers(sentence: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const [whole, sign = "", intPart = "", frac = "", unitRaw = ""] = m;
    const start = m.index;
    if (isFraction(sentence, start, start + whole.length, unitRaw)) continue;
    if (unitRaw === "" && /^-[A-Za-z]/.test(sentence.slice(start + whole.length))) continue;
    // "at 512×512": the sides of an image size are no values.
    if (unitRaw === "" && isDimension(sentence, start, start + whole.length)) continue;
    // "± 5.7 %" right after a value is its spread; a lone "±0.1 points" is no result either.
    if (sign.trim() === "±") {
      foldSpread(sentence, mentions.at(-1), start, start + whole.length);
      continue;
    }
    const numStart = start + sign.length;
    const digits = intPart.replace(/,/g, "") + frac;
    const value = Number(digits);
    if (!Number.isFinite(value)) continue;
    const before = sentence.slice(Math.max(0, start - 24), start);
    mentions.push({
      value,
      raw: whole,
      // "an average cost of $0.34 per issue": a price in dollars.
      unit: sign === "$" ? "$" : nameUnit(unitRaw.trim()),
      start,
      end: start + whole.length,
      numStart,
      numEnd: numStart + intPart.length + frac.length,
      // "↑0.6 dB", "↓0.3 WER", "plus 1.7 percent": an arrow or "plus" marks a change, as "+" does.
      signed: /^(?:[+↑↓]|plus)$/.test(sign.trim()),
      qualifier:
        // "keeping PSNR within 0.1 dB" bounds a result; "within 24 hours" is a budget, no result.
        (BOUND_BEFORE.test(before) && !(/^\s?hours?$/.test(unitRaw) && /within\s*$/i.test(before))) ||
        (PASSED_BEFORE.test(before) &&
          !/^\s*of\b/.test(sentence.slice(start + whole.length, start + whole.length + 8))) ||
        FAILS_TO_REACH.test(sentence.slice(Math.max(0, start - 60), start)) ||
        THRESHOLD_AFTER.test(sentence.slice(start + whole.length, start + whole.length + 40))
          ? "bound"
          : UP_TO_BEFORE.test(before)
            ? "up-to"
            : sharedQualifier(sentence, mentions.at(-1), start),
    });
  }
  return withWordRanges(sentence, withRangeEnds(sentence, mentions));
}

/** "over 80% TLS and 70% CLS": a value coordinated with a bounded one shares its bound. */
function sharedQualifier(sentence: string, previous: NumberMention | undefined, start: number): Qualifier {
  if (!previous || previous.qualifier !== "bound") return null;
  const between = sentence.slice(previous.end, start);
  // "an AUC of 0.841 over 14 pathologies … and 0.902": a bounded count is no bounded result.
  if (previous.unit === "" && /^\s+[a-z][a-z-]*s\b/.test(between)) return null;
  return /^\s*(?:[A-Za-z][\w-]*\s+){0,3}and\s+$/.test(between) ? "bound" : null;
}
