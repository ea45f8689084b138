/** Everything a rule may look at for one sentence, computed once. */
import { findNames, type NameSpan } from "./names";
import { findNumbers, type NumberMention } from "./numbers";
import type { PaperContext } from "./paper-context";
import type { Span } from "./sentences";

export interface SentenceContext {
  text: string;
  /** Offset of the sentence in the abstract. */
  offset: number;
  numbers: NumberMention[];
  names: NameSpan[];
  paper: PaperContext;
  /** Values (by their offset in the sentence) an earlier rule has claimed: later rules skip them. */
  claimed: Set<number>;
  /**
   * Benchmarks named in earlier sentences, one list per sentence, nearest last (the paper's own
   * benchmarks first): scores often name them once. Computed on demand.
   */
  earlierBenchmarks: () => string[][];
}

export function buildSentenceContext(
  span: Span,
  paper: PaperContext,
  earlierBenchmarks: () => string[][],
): SentenceContext {
  const text = span.text;
  let names: NameSpan[] | undefined;
  const getNames = () => (names ??= withSystemNames(findNames(text), text, paper.systemsByLength));
  // Most sentences hold no number: they never pay for finding names unless a rule asks for them.
  const numbers = /\d/.test(text)
    ? // "Seedream 3.0", "Llama 3.1 8B": a unit-less number inside a name is its version, not a value.
      findNumbers(text).filter(
        (n) => n.unit !== "" || !getNames().some((s) => n.numStart > s.start && n.numEnd <= s.end),
      )
    : [];
  return {
    text,
    offset: span.start,
    numbers,
    get names() {
      return getNames();
    },
    paper,
    claimed: new Set(),
    earlierBenchmarks,
  };
}

/** Where the first value at or after `from` starts, or `otherwise`: a value's own words end there. */
export function nextValueStart(sc: SentenceContext, from: number, otherwise = sc.text.length): number {
  return sc.numbers.find((n) => n.start >= from)?.start ?? otherwise;
}

/**
 * The paper's own system is a name wherever it appears, even when its shape is a plain word
 * ("Refiner"), and whole where shape alone finds part of it ("Grounding DINO", not "DINO").
 */
function withSystemNames(names: NameSpan[], text: string, systems: readonly string[]): NameSpan[] {
  const extra: NameSpan[] = [];
  let kept = names;
  // Plain indexOf with a boundary check: this runs for every sentence a rule looks at.
  for (const system of systems) {
    for (let at = text.indexOf(system); at >= 0; at = text.indexOf(system, at + 1)) {
      const end = at + system.length;
      if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(end))) continue;
      const overlapping = (n: NameSpan) => at < n.end && n.start < end;
      const inside = (n: NameSpan) => at <= n.start && n.end <= end;
      if (kept.some((n) => overlapping(n) && !inside(n)) || extra.some(overlapping)) continue;
      kept = kept.filter((n) => !inside(n));
      extra.push({ text: system, start: at, end });
    }
  }
  return extra.length ? [...kept, ...extra].sort((a, b) => a.start - b.start) : names;
}

/** Letters, digits, underscore and hyphen continue a name. NaN (outside the text) does not. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}
