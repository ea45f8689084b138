/** Finds name phrases (models, systems, benchmarks) in a sentence by their shape. */
import { isKnownBenchmark, isModelName } from "./gazetteer";
import { STOP_CAPITALISED } from "./lexicon";
import { isKnownMetric } from "./metric";

export interface NameSpan {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[A-Za-z0-9](?:[A-Za-z0-9+@]|[.\-/'_](?=[A-Za-z0-9]))*/g;
const VERSION = /^(?:(?:19|20)\d{2}|v\d+(?:\.\d+)*|\d{1,2}(?:\.\d)?[A-Za-z]?|\d+(?:\.\d+)?[BMK])$/;

/** Units written with an inner capital ("28.4 dB PSNR"): shaped like names, never one. */
const UNIT_TOKENS = new Set([
  "dB",
  "dBA",
  "kB",
  "KB",
  "MB",
  "GB",
  "TB",
  "kHz",
  "MHz",
  "GHz",
  "mAh",
  "kWh",
  "MWh",
]);

/** "our 600M-parameter model": a size describes a model, it does not name one. */
// "512x512": a resolution describes an input, it names nothing.
const SIZE_WORD = /^\d+(?:\.\d+)?[KMBT]-(?:param(?:eter)?s?|scale|sized?)$|^\d{2,4}[x×]\d{2,4}$/i;

/** A token shaped like a name: inner capitals, letters with digits, or an acronym. */
export function isNameLike(token: string): boolean {
  if (token.endsWith("'s")) return isNameLike(token.slice(0, -2));
  if (UNIT_TOKENS.has(token) || SIZE_WORD.test(token)) return false;
  // One pass over the characters (this runs for every token of every sentence).
  let letters = 0;
  let digits = 0;
  let innerCapitals = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      if (i > 0) innerCapitals++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c >= 48 && c <= 57) digits++;
  }
  return innerCapitals > 0 || (letters > 0 && digits > 0);
}

function isCapitalised(token: string): boolean {
  // "Applying PromptX": a capitalised gerund opens a clause; it is no part of the name after it.
  return /^[A-Z][a-z]+$/.test(token) && !STOP_CAPITALISED.has(token) && !/^[A-Z][a-z]{3,}ing$/.test(token);
}

/** "Grounding DINO-T": a gerund that opens a model family's name belongs to the name. */
function isFamilyGerund(token: string, next: string): boolean {
  return /^[A-Z][a-z]{3,}ing$/.test(token) && isModelName(`${token} ${next.split("-")[0]}`);
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Name phrases in order: a name-like token extended by adjacent capitalised words and versions. */
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
    const startsName =
      isNameLike(head.text) ||
      // A model family's word is a name alone or before a tier ("Gemini Ultra", "Claude Sonnet").
      (isCapitalised(head.text) && isModelName(head.text)) ||
      // A family named by two plain words ("Stable Diffusion", "Depth Anything").
      (isCapitalised(head.text) &&
        next !== undefined &&
        adjacent(sentence, head, next) &&
        isCapitalised(next.text) &&
        isModelName(`${head.text} ${next.text}`)) ||
      // A dataset named by one plain word ("Cora", "Citeseer"), past the sentence's first word.
      (i > 0 && isCapitalised(head.text) && isKnownBenchmark(head.text)) ||
      (isCapitalised(head.text) &&
        next !== undefined &&
        adjacent(sentence, head, next) &&
        (VERSION.test(next.text) || isNameLike(next.text)));
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
    let last = i;
    // "WHAM's 79.7 mm": a possessive ends the name; what follows is what it owns.
    while (
      last + 1 < tokens.length &&
      !tokens[last]!.text.endsWith("'s") &&
      adjacent(sentence, tokens[last]!, tokens[last + 1]!) &&
      (continuesName(tokens[last + 1]!.text) || isPartLetter(tokens[last]!.text, tokens[last + 1]!.text)) &&
      !isValue(sentence, tokens[last + 1]!) &&
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
    const end = tokens[last]!.end - (tokens[last]!.text.endsWith("'s") ? 2 : 0);
    names.push({ text: sentence.slice(start, end), start, end });
    i = last + 1;
  }
  return names;
}

/**
 * The last token of a known benchmark that opens a run of capitalised tokens and is followed by a
 * model-shaped name ("COCO Co-DETR", "ImageNet ViT-Z"), or -1 when the run is one name.
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
  }
  return -1;
}

/** "ShanghaiTech Part A", "Track B": a lone capital names the part of what comes before. */
function isPartLetter(previous: string, token: string): boolean {
  return /^[A-Z]$/.test(token) && /^(?:Part|Track|Task|Set|Subset|Split|Level)$/.test(previous);
}

function continuesName(token: string): boolean {
  return isNameLike(token) || VERSION.test(token) || isCapitalised(token);
}

/** Two tokens separated by a single space only (no punctuation between them). */
function adjacent(sentence: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && sentence.charAt(a.end) === " ";
}

/** "(ANLS 91.2)": a number after a metric's name is its value, not a version of a name. */
function isMetricValue(sentence: string, first: Token, token: Token): boolean {
  return /^\d/.test(token.text) && isKnownMetric(sentence.slice(first.start, token.start).trim());
}

/** A numeric token followed by a unit ("80%", "2.5x") is a value, never part of a name. */
function isValue(sentence: string, token: Token): boolean {
  return (
    /^\d/.test(token.text) && /^\s?(?:%|×|x\b|X\b|percent)/.test(sentence.slice(token.end, token.end + 9))
  );
}
