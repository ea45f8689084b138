/**
 * Asides closed before a value: relative clauses, examples and what a system is built from, earlier
 * numbered items. The names inside them say something of another name and own no value after them.
 */
import { memoise } from "./memoise";

/** Spans of the sentence, closed before `pos`, whose names are not the subject of the value at `pos`. */
export function closedAsides(text: string, pos: number): [number, number][] {
  return [...closedRelativeClauses(text, pos), ...closedExamples(text, pos), ...closedItems(text, pos)];
}

/**
 * "PointNeXt, which adopts InvResNet layers into PointNet++, achieves …": a relative clause set
 * off by commas and closed before the value says something of the name before it; the names
 * inside are not the subject.
 */
function closedRelativeClauses(text: string, pos: number): [number, number][] {
  if (!/,\s*(?:which|who)\b/.test(text)) return [];
  return relativeClauses(text).filter(([, end]) => end <= pos);
}

/**
 * "agents with state-of-the-art backbones (e.g., GPT-4o, Claude 3.7, UI-TARS) … achieve only 15%":
 * examples of a group, closed before the value, are not who obtained it.
 */
function closedExamples(text: string, pos: number): [number, number][] {
  if (!/\((?:e\.g\.|such as|including)|\([^()]*,/.test(text)) return [];
  return [...text.matchAll(EXAMPLES)]
    .map((m): [number, number] => [m.index, m.index + m[0].length])
    .filter(([, end]) => end <= pos);
}

// "the majority voting solution, leveraging three base models (A, B, and C), achieves": what a
// system is built from, listed in brackets, is no more its subject than an example.
const EXAMPLES =
  /\((?:e\.g\.|such as|including)[^()]*\)|(?<=\b(?:leveraging|using|combining|ensembling|integrating|aggregating|built on|based on)\s+(?:[\w-]+\s+){0,3})\([^()]*,[^()]*\)/g;

/** "(2) a pipeline integrating YOLOv7 and Grounded DINO; and (4) an 80% success rate": earlier numbered items own nothing. */
// The subject named before the first item stays: the items share it.
function closedItems(text: string, pos: number): [number, number][] {
  const marks = [...text.slice(0, pos).matchAll(/[;:,]\s*(?:and\s+)?\((?:\d|[ivx]{1,3})\)\s/g)];
  return marks.length < 2 ? [] : [[marks[0]!.index, marks.at(-1)!.index]];
}

// Read once per sentence (resolveModel runs for every value); memoise bounds the cache.
// ", which we call S3D,": a clause that names the subject is no aside.
const relativeClauses = memoise((text: string): [number, number][] =>
  [...text.matchAll(/,\s*(?:which|who)\b(?![^,;()]*\b(?:call|name|term|dub|denote)\w*\b)[^,;()]*,/g)].map(
    (m) => [m.index, m.index + m[0].length],
  ),
);
