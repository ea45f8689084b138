/**
 * Which benchmark each value of a list is on: the list named after it, or as many named before when
 * "respectively" (or a compared model's reply) pairs them, or the one its own clause names.
 */
import { isKnownBenchmark } from "../gazetteer";
import type { NumberMention } from "../numbers";
import { benchmarkListAfter, benchmarksBefore } from "../resolve-benchmark";
import { nextScopeOpener } from "../clause-scope";
import { AND_ON_CLAUSE } from "../own-clause";
import { metricAfter } from "../metric";
import type { SentenceContext } from "../sentence-context";
import { respectiveMetrics, type RespectiveMetrics } from "./list-metrics";
import { clauseEndAfter } from "./draft";

export interface ListBenchmarks {
  benchmarks: string[];
  respectively: boolean;
  respective: RespectiveMetrics | null;
  /** The benchmarks pair one to one with the list the sentence before named. */
  fromPrevious: boolean;
}

export function listBenchmarks(
  sc: SentenceContext,
  items: readonly NumberMention[],
  inParen: boolean,
): ListBenchmarks {
  const first = items[0]!;
  const last = items.at(-1)!;
  // ", and on the TED-LIUM 3 test set 4.2%": a later value's own clause names nothing of this list's.
  // "74.0% and 52.0% pass@1, respectively, on A and B": the clause "respectively" opens is the list's own.
  const closed = /^\s*(?:[A-Za-z][\w@-]*\s*)?,\s*respectively(?=\s*,\s*on\s)/.exec(
    sc.text.slice(last.end, last.end + 40),
  );
  const scopeFrom = closed ? last.end + closed[0].length + 1 : last.end;
  const after = inParen
    ? []
    : (partsAfter(sc.text, last.end, items.length) ??
      benchmarkListAfter(sc, last.end, Math.min(nextScopeOpener(sc, scopeFrom), clauseEnd(sc, last))));
  // "55.2% on AIME and 83.4% on MATH, up from 13.3% and 79.8%, respectively": pair with the ones named before.
  // "GPT-4o, which scores 92.8% and 85.7%": a compared model's list answers the subject's one by one.
  const saysRespectively = /^[^.;]{0,40}\brespectively\b/.test(sc.text.slice(last.end));
  const respectively =
    saysRespectively ||
    /\b(?:which|who|whereas|while)\b[^,;.()]{0,40}$/.test(
      sc.text.slice(Math.max(0, first.start - 50), first.start),
    );
  // "On NQ and TriviaQA, X achieves 54.3 and 71.2": with none named after, exactly as many
  // benchmarks named before pair one to one too.
  const before = after.length !== items.length ? benchmarksBefore(sc, first.start) : [];
  // "… 83.28% and 98.25% F1 and on Web Queries produced 76.23% and 84.42%, respectively": a list
  // whose own clause opens on a set is on it, whatever "respectively" pairs the values with.
  const opened = after.length === 0 ? ownOpening(sc, first.start) : null;
  if (opened) return { benchmarks: [opened], respectively: false, respective: null, fromPrevious: false };
  const earlier =
    (respectively || inParen) && after.length !== items.length
      ? before.slice(-items.length)
      : after.length === 0 && before.length === items.length
        ? before
        : [];
  const respective =
    respectively && after.length === 0 && metricAfter(sc.text, last.end) === null
      ? respectiveMetrics(sc, first.start, items.length)
      : null;
  // "… on two datasets, namely A and B. X achieved Dice of 84.2% and 87.9%, respectively": with
  // none named in its own sentence, "respectively" pairs with the list the sentence before named.
  // Only the word itself reaches back: "which is 0.9% and 2.5% better than A and B" answers its rivals.
  const previous =
    saysRespectively && after.length === 0 && earlier.length !== items.length
      ? (sc.earlierBenchmarks().at(-1) ?? [])
      : [];
  const fromPrevious =
    !respective?.benchmark && earlier.length !== items.length && previous.length === items.length;
  const paired = respective?.benchmark
    ? items.map(() => respective.benchmark!)
    : earlier.length === items.length
      ? earlier
      : fromPrevious
        ? previous
        : after;
  return { benchmarks: withParent(sc, paired, first.start), respectively, respective, fromPrevious };
}

// "Dice of 92.1, 87.7 and 83.2 in WT, TC and ET": tumour regions, difficulty levels and the like
// are parts of one benchmark, named as the annotators do ("BraTS 2023 WT"), never boards of their own.
const PART_WORD = String.raw`(?:[A-Z]{2,3}|Easy|Medium|Moderate|Hard)`;
const PART = new RegExp(`^${PART_WORD}$`);
const PARTS_AFTER = new RegExp(
  String.raw`^[^.;()]{0,40}?\b(?:for|in|on)\s+(?:the\s+)?((?:${PART_WORD}(?:\s*,\s*(?:and\s+)?|\s+and\s+)){1,5}${PART_WORD})\b`,
);

/** "… of 91.4, 88.2 and 84.9 for WT, TC and ET": as many parts named right after the list. */
function partsAfter(text: string, end: number, count: number): string[] | null {
  const parts = PARTS_AFTER.exec(text.slice(end, end + 100))?.[1]?.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  return parts?.length === count ? parts : null;
}

/**
 * A list's benchmarks are named before the next semicolon, and before the next value: "94.35% and
 * 78.08% accuracy with 0.49 mJ on CIFAR-100" names where the energy was measured, not the list.
 * Lists closed by "respectively" may run on: "98% and 77%, IoU 80% and 58% … on A and B respectively".
 */
function clauseEnd(sc: SentenceContext, last: NumberMention): number {
  const semicolon = sc.text.indexOf(";", last.end);
  const end = semicolon < 0 ? sc.text.length : semicolon;
  return /\brespectively\b/.test(sc.text.slice(last.end, end)) ? end : clauseEndAfter(sc, last);
}

function withParent(sc: SentenceContext, names: string[], start: number): string[] {
  if (names.length < 2 || !names.every((n) => PART.test(n) && !isKnownBenchmark(n))) return names;
  const [only, ...others] = sc.paper.mentioned;
  const parent =
    benchmarksBefore(sc, start).findLast(isKnownBenchmark) ?? (others.length === 0 ? only : undefined);
  return parent ? names.map((n) => `${parent} ${n}`) : names;
}

const AND_ON = new RegExp(AND_ON_CLAUSE);

/** The set "and on X <verb>" opens the list's clause on, after the previous value. */
function ownOpening(sc: SentenceContext, start: number): string | null {
  const from = sc.numbers.findLast((n) => n.end <= start)?.end;
  const m = from === undefined ? null : AND_ON.exec(sc.text.slice(from, start));
  return m && from !== undefined ? (benchmarkListAfter(sc, from + m.index, start)[0] ?? null) : null;
}
