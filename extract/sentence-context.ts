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
  /** Benchmarks named in earlier sentences, nearest last: scores often name them once. */
  earlierBenchmarks: string[];
}

export function buildSentenceContext(span: Span, paper: PaperContext, earlierBenchmarks: string[]): SentenceContext {
  const names = withSystemNames(findNames(span.text), span.text, paper.systems);
  // "Seedream 3.0", "Llama 3.1 8B": a unit-less number inside a name is its version, not a value.
  const numbers = findNumbers(span.text).filter((n) => n.unit !== "" || !names.some((s) => n.numStart > s.start && n.numEnd <= s.end));
  return {
    text: span.text,
    offset: span.start,
    numbers,
    names,
    paper,
    earlierBenchmarks,
  };
}

/** The paper's own system is a name wherever it appears, even when its shape is a plain word ("Refiner"). */
function withSystemNames(names: NameSpan[], text: string, systems: readonly string[]): NameSpan[] {
  const extra: NameSpan[] = [];
  for (const system of systems) {
    const escaped = system.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const m of text.matchAll(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, "g"))) {
      const overlaps = [...names, ...extra].some((n) => m.index < n.end && n.start < m.index + system.length);
      if (!overlaps) extra.push({ text: system, start: m.index, end: m.index + system.length });
    }
  }
  return extra.length ? [...names, ...extra].sort((a, b) => a.start - b.start) : names;
}
