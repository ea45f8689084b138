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

/**
 * Real sentences are far shorter; a longer run (a table pasted as text, junk) is cut at its last
 * comma or space before the limit, so the work per sentence stays bounded and extraction linear.
 */
export const MAX_SENTENCE_CHARS = 1500;

function pushSpan(spans: Span[], text: string, from: number, to: number): void {
  let start = from;
  const end = to;
  while (start < end) {
    while (start < end && /\s/.test(text.charAt(start))) start++;
    let stop = Math.min(end, start + MAX_SENTENCE_CHARS);
    if (stop < end) {
      const window = text.slice(start, stop);
      const cut = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "), window.lastIndexOf(" "));
      if (cut > MAX_SENTENCE_CHARS / 2) stop = start + cut + 1;
    }
    let last = stop;
    while (last > start && /\s/.test(text.charAt(last - 1))) last--;
    if (last > start) spans.push({ text: text.slice(start, last), start, end: last });
    start = stop;
  }
}
