/** Splits an abstract into sentences, keeping each one's offsets in the abstract. */

export interface Span {
  text: string;
  start: number;
  end: number;
}

// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|vs|etc|et al|approx|Fig|Eq|resp|cf|Inc|Ltd|No)\.)$/i;
const BOUNDARY = /[.!?](?=\s+["'([%]?[A-Z0-9])/g;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + 1;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 8), end))) continue;
    pushSpan(spans, text, start, end);
    start = end;
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

function pushSpan(spans: Span[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (end > start) spans.push({ text: text.slice(start, end), start, end });
}
