/** Ranges of two results ("72--79%", "0.8% to 1.6% higher"): the second end records where the first starts. */
import { nameUnit } from "./number-shapes";
import type { NumberMention } from "./numbers";

// "72--79% WASR", "2.7x-3.5x", "13.8–16.7%", "3-5FPS": a range of two results, its unit written once at the end
// (a full stop may follow it: "by 6.9-15.5%.").
const RANGE =
  /(\d+(?:\.\d+)?)\s?(%|[x×])?\s?(?:--|–|—|-)\s?(\d+(?:\.\d+)?)(\s?%|[x×](?![A-Za-z0-9])|\s(?:percentage |percent )?points?\b|\s?pp\b|\s?(?:FPS|fps)\b)(?!\d|\.\d)/gu;

/**
 * The second end of a range is glued to a dash, which NUMBER reads as part of a name ("GPT-4"):
 * when the first end is a number of its own, the second is one too, and the first takes its unit.
 */
export function withRangeEnds(sentence: string, mentions: NumberMention[]): NumberMention[] {
  if (!/\d\s?[%x×]?\s?(?:--|–|—|-)\s?\d/u.test(sentence)) return mentions;
  const out = [...mentions];
  for (const m of sentence.matchAll(RANGE)) {
    const first = out.find((n) => n.numStart === m.index);
    const secondAt = m.index + m[0].length - (m[3] ?? "").length - (m[4] ?? "").length;
    if (!first) continue;
    const unit = nameUnit((m[4] ?? "").trim());
    if (first.unit === "") Object.assign(first, { unit });
    if (first.unit !== unit) continue;
    // "13.8–16.7 percentage points": an end read on its own (after an en dash) still belongs to the range.
    const read = out.find((n) => n.numStart === secondAt);
    if (read) {
      read.rangeFrom = first.numStart;
      continue;
    }
    const digits = m[3] ?? "";
    out.push({
      value: Number(digits),
      raw: digits + (m[4] ?? ""),
      unit,
      start: secondAt,
      end: secondAt + digits.length + (m[4] ?? "").length,
      numStart: secondAt,
      numEnd: secondAt + digits.length,
      signed: false,
      qualifier: first.qualifier,
      rangeFrom: first.numStart,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

// "achieves 0.8% to 1.6% higher top-1 accuracy", "improves it by 2% to 5%": two values of one unit
// joined by "to" that a change word follows, or "by" opens, are the ends of one range ("from A to B"
// is a before and after, read by from-to).
const WORD_RANGE =
  /(?<!\bfrom\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?)(\bby\s+)?(\d+(?:\.\d+)?)\s?(%|points?|pp)\s+to\s+(\d+(?:\.\d+)?)\s?\3(\s+(?:higher|lower|better|more|fewer|less|gains?|improvements?|increases?|reductions?|decreases?|drops?)\b)?/dg;

// "AUC values ranged from 0.62 to 0.985", "varied between 60% and 99%": a spread of many results,
// never one result before and after a change.
// "ranged from 0.62 to 0.985 and accuracies from 60% to 99.85%": the spread goes on past "and".
const SPREAD =
  /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:from|between)\s+(?:about\s+|around\s+)?(\d+(?:\.\d+)?)[^\d\s]{0,2}\s+(?:to|and)\s+(\d+(?:\.\d+)?)(?:[^\d\s]{0,2},?\s+and\s+(?:[a-z][\w-]*\s+){1,2}from\s+(\d+(?:\.\d+)?)[^\d\s]{0,2}\s+to\s+(\d+(?:\.\d+)?))?/dgi;

/** Where the two ends of each range start, read from the matches' capture indices. */
function rangeStarts(sentence: string): [number, number][] {
  const words = [...sentence.matchAll(WORD_RANGE)].filter((m) => m[1] || m[5]);
  return [
    ...words.map((m): [number, number] => [m.indices![2]![0], m.indices![4]![0]]),
    ...[...sentence.matchAll(SPREAD)].flatMap((m): [number, number][] => [
      [m.indices![1]![0], m.indices![2]![0]],
      ...(m[3] ? [[m.indices![3]![0], m.indices![4]![0]] as [number, number]] : []),
    ]),
  ];
}

export function withWordRanges(sentence: string, mentions: NumberMention[]): NumberMention[] {
  if (!/\d\s?\S*\s+(?:to|and)\s+\d/.test(sentence)) return mentions;
  for (const [firstAt, secondAt] of rangeStarts(sentence)) {
    const first = mentions.find((n) => n.numStart === firstAt);
    const second = mentions.find((n) => n.numStart === secondAt);
    if (first && second && second.rangeFrom === undefined) second.rangeFrom = first.numStart;
  }
  return mentions;
}
