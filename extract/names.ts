/** Finds name phrases (models, systems, benchmarks) in a sentence by their shape. */
import { isKnownBenchmark, isModelName } from "./gazetteer";
import {
  continuesName,
  isCapitalised,
  isFamilyGerund,
  isNameLike,
  isMetricValue,
  isPartLetter,
  isValue,
  VERSION,
} from "./name-shape";

export { isNameLike } from "./name-shape";

export interface NameSpan {
  text: string;
  start: number;
  end: number;
}

// "π0.5", "π0-FAST": robot policies named with a Greek letter.
// "MobileNetV2×1.4": a width multiplier glued to a name is part of it.
// "Fréchet", "Müller": Latin letters with accents are letters of a word, not its end.
const TOKEN = /[A-Za-z0-9π](?:[A-Za-z0-9+@À-ÖØ-öø-ÿ]|[.\-/'_](?=[A-Za-z0-9])|×(?=\d))*/g;
interface Token {
  text: string;
  start: number;
  end: number;
}

/** Name phrases in order: a name-like token extended by adjacent capitalised words and versions. */
// "about 3.9G FLOPs": a bare magnitude opens no name (after one, as in "Atari 100k", it may end one);
// nor does a percentile ("p95 TTFT" is a latency).
const MAGNITUDE = /^\d+(?:\.\d+)?[KMGBT]$|^[Pp](?:50|90|95|99(?:\.9)?)$/i;

export function findNames(sentence: string): NameSpan[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m !== null; m = TOKEN.exec(sentence))
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const names: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const head = tokens[i]!;
    // Fast path for the common case, a lower-case word ("the", "accuracy"): not a name.
    const c0 = head.text.charCodeAt(0);
    if (c0 >= 97 && c0 <= 122 && !isNameLike(head.text)) {
      i++;
      continue;
    }
    const next = tokens[i + 1];
    // A family named by two plain words ("Stable Diffusion", "Depth Anything": a word in -ing too).
    const family =
      isCapitalised(head.text) &&
      next !== undefined &&
      adjacent(sentence, head, next) &&
      /^[A-Z][a-z]+$/.test(next.text) &&
      isModelName(`${head.text} ${next.text}`);
    const startsName =
      (isNameLike(head.text) && !MAGNITUDE.test(head.text)) ||
      // A model family's word is a name alone or before a tier ("Gemini Ultra", "Claude Sonnet").
      (isCapitalised(head.text) && isModelName(head.text)) ||
      family ||
      // A dataset named by one plain word ("Cora", "Citeseer"), past the sentence's first word.
      (i > 0 && isCapitalised(head.text) && isKnownBenchmark(head.text)) ||
      // "on Part B", "Track A": a part of a benchmark named by a letter.
      (isCapitalised(head.text) &&
        next !== undefined &&
        adjacent(sentence, head, next) &&
        (VERSION.test(next.text) || isNameLike(next.text) || isPartLetter(head.text, next.text)));
    if (!startsName) {
      i++;
      continue;
    }
    let first = i;
    while (
      first > 0 &&
      first > i - 2 &&
      (isCapitalised(tokens[first - 1]!.text) ||
        isFamilyGerund(tokens[first - 1]!.text, tokens[first]!.text)) &&
      adjacent(sentence, tokens[first - 1]!, tokens[first]!)
    )
      first--;
    let last = family ? i + 1 : i;
    // "WHAM's 79.7 mm": a possessive ends the name; what follows is what it owns.
    while (
      last + 1 < tokens.length &&
      !tokens[last]!.text.endsWith("'s") &&
      adjacent(sentence, tokens[last]!, tokens[last + 1]!) &&
      (continuesName(tokens[last + 1]!.text) || isPartLetter(tokens[last]!.text, tokens[last + 1]!.text)) &&
      !isValue(sentence, tokens[last + 1]!) &&
      !/^[A-Za-z]+@\d/.test(tokens[last + 1]!.text) && // "AIME25 pass@1": a measure at k ends a name
      !isMetricValue(sentence, tokens[first]!, tokens[last + 1]!)
    )
      last++;
    // "On COCO Co-DETR achieves": a benchmark and the model after it, with no comma between.
    const cut = benchmarkHeadEnd(sentence, tokens, first, last);
    if (cut >= 0) {
      const head = {
        text: sentence.slice(tokens[first]!.start, tokens[cut]!.end),
        start: tokens[first]!.start,
        end: tokens[cut]!.end,
      };
      names.push(head);
      first = cut + 1;
    }
    const start = tokens[first]!.start;
    const bare = tokens[last]!.end - (tokens[last]!.text.endsWith("'s") ? 2 : 0);
    // "RF-DETR (nano) achieves": a size in brackets right after a name is part of the model's name.
    const end = bare + (SIZE_IN_BRACKETS.exec(sentence.slice(bare, bare + 14))?.[0].length ?? 0);
    names.push({ text: sentence.slice(start, end), start, end });
    i = last + 1;
  }
  return names;
}

/**
 * The last token of a known benchmark that opens a run of capitalised tokens and is followed by a
 * model-shaped name ("COCO Co-DETR", "ImageNet ViT-Z"), or of a known model followed by a known
 * benchmark ("Qwen3-4B-Base AIME25"), or -1 when the run is one name.
 */
function benchmarkHeadEnd(sentence: string, tokens: Token[], first: number, last: number): number {
  if (last === first || isKnownBenchmark(sentence.slice(tokens[first]!.start, tokens[last]!.end))) return -1;
  for (let cut = first; cut < last; cut++) {
    const head = sentence.slice(tokens[first]!.start, tokens[cut]!.end);
    const next = tokens[cut + 1]!.text;
    // "RefCOCO testA": a lower-case part after a benchmark is its split, not a model.
    // "Speech Commands V2": a version after a benchmark is part of its name.
    if (
      isKnownBenchmark(head) &&
      !isModelName(head) &&
      /^[A-Z]/.test(next) &&
      isNameLike(next) &&
      !VERSION.test(next) &&
      !/^v\d/i.test(next)
    )
      return cut;
    if (isModelName(head) && isKnownBenchmark(next) && !isModelName(next)) return cut;
  }
  return -1;
}

const SIZE_IN_BRACKETS =
  /^ \((?:nano|tiny|small|base|medium|large|x-large|xlarge|\dx-large|huge|giant|mini|XL|[NTSMLXB])\)/;

/** Two tokens separated by a single space only (no punctuation between them). */
function adjacent(sentence: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && sentence.charAt(a.end) === " ";
}
