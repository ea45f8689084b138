/** What a single token of a name looks like: shapes of names, versions, units and sizes. */
import { isKnownBenchmark, isModelName } from "./gazetteer";
import { GENERIC_NAME, HARDWARE, STOP_CAPITALISED } from "./lexicon";
import { isKnownMetric } from "./metric";

export const VERSION = /^(?:(?:19|20)\d{2}|v\d+(?:\.\d+)*|\d{1,2}(?:\.\d)?[A-Za-z]?|\d+(?:\.\d+)?[BMK])$/;

/** Units written with an inner capital ("28.4 dB PSNR"): shaped like names, never one. */
const UNIT_TOKENS = new Set("dB dBA kB KB MB GB TB KiB MiB GiB TiB kHz MHz GHz mAh kWh MWh".split(" "));

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
    } else if ((c >= 97 && c <= 122) || c === 0x3c0)
      letters++; // π, as in "π0.5"
    else if (c >= 48 && c <= 57) digits++;
  }
  return innerCapitals > 0 || (letters > 0 && digits > 0);
}

export function isCapitalised(token: string): boolean {
  // "Applying PromptX": a capitalised gerund opens a clause; it is no part of the name after it.
  return (
    /^[A-Z][a-zß-öø-ÿ]+$/.test(token) && !STOP_CAPITALISED.has(token) && !/^[A-Z][a-z]{3,}ing$/.test(token)
  );
}

/** "Grounding DINO-T": a gerund that opens a model family's name belongs to the name. */
export function isFamilyGerund(token: string, next: string): boolean {
  return /^[A-Z][a-z]{3,}ing$/.test(token) && isModelName(`${token} ${next.split("-")[0]}`);
}

/** "ShanghaiTech Part A", "Track B": a lone capital names the part of what comes before. */
export function isPartLetter(previous: string, token: string): boolean {
  return /^[A-Z]$/.test(token) && /^(?:Part|Track|Task|Set|Subset|Split|Level)$/.test(previous);
}

export function continuesName(token: string): boolean {
  // "MetaCLIP 2's": a version that owns something still ends the name.
  const bare = token.endsWith("'s") ? token.slice(0, -2) : token;
  return isNameLike(token) || VERSION.test(bare) || isCapitalised(token);
}

/** A token of a sentence with its offsets. */
export interface NameToken {
  text: string;
  start: number;
  end: number;
}

/** "(ANLS 91.2)": a number after a metric's name is its value, not a version of a name. */
export function isMetricValue(sentence: string, first: NameToken, token: NameToken): boolean {
  return /^\d/.test(token.text) && isKnownMetric(sentence.slice(first.start, token.start).trim());
}

/** A numeric token followed by a unit ("80%", "2.5x") is a value, never part of a name. */
export function isValue(sentence: string, token: NameToken): boolean {
  return (
    /^\d/.test(token.text) && /^\s?(?:%|×|x\b|X\b|percent)/.test(sentence.slice(token.end, token.end + 9))
  );
}

// "a GPT-4o-judged score", "GPT-4-generated data": a model that judged or made something is no subject.
export const ADJECTIVE_SUFFIX =
  /-(?:based|like|style|guided|driven|aware|free|initiali[sz]ed|pretrained|judged|rated|evaluated|assessed|generated|annotated|labell?ed|informed|powered|enhanced|augmented|assisted|tuned|trained|specific|centric|conditioned)$/i;

// "across a 15-game suite", "on a 10-class benchmark": a count of items opening a described set is
// no name; the set is read as a described one.
export const isCountedSet = (text: string, n: { text: string; end: number }): boolean =>
  /^\d[\d,.]*-[a-z]+$/.test(n.text) && /^\s+[a-z]/.test(text.slice(n.end, n.end + 3));

// All capitals, no digits: the shape of a task's acronym (MOT, VLN, EHR); "RoboMimic benchmarks" or
// "MOT17 benchmarks" name suites.
const TASK_ACRONYM_SHAPE = /^[A-Z]{2,5}$/;

/**
 * "on popular MIA benchmarks", "3 public WSI classification datasets": an acronym no list knows
 * before a plural set noun names the kind of sets, not one of them ("on the MOT17 and MOT20
 * benchmarks" lists two, each a benchmark). `before` and `after` are the text either side of `word`.
 */
export function namesKindOfSets(word: string, before: string, after: string): boolean {
  return (
    TASK_ACRONYM_SHAPE.test(word) &&
    /^\s+(?:(?!benchmark|dataset)[a-z][\w-]*\s+){0,2}(?:benchmarks|datasets)\b/i.test(after) &&
    !/(?:,|\band|\bor|\/)\s*$/.test(before) &&
    !isKnownBenchmark(word)
  );
}

export const DESCRIBED_BEFORE_NAME = /^[a-z]+-(?:level|scale|used|known|grade|source)\s+(?=[A-Z])/;

// "Submodular Mutual Information": a plain word inside a run of capitalised words is a word of
// that phrase, not the dataset (MuTual) it happens to spell.
const CAPITALISED_BEFORE = /\b[A-Z][a-z]+\s$/;
const CAPITALISED_AFTER = /^\s[A-Z][a-z]+\b/;

export function inTitleCaseRun(text: string, at: number, word: string): boolean {
  if (!/^[A-Z][a-z]+$/.test(word)) return false;
  const end = at + word.length;
  return (
    CAPITALISED_BEFORE.test(text.slice(Math.max(0, at - 30), at)) ||
    CAPITALISED_AFTER.test(text.slice(end, end + 30))
  );
}

/**
 * Whether a name found after "on" can be a benchmark: not hardware, a generic acronym or a metric.
 * A model can be what a speedup is measured on ("4.9x faster on FLUX"); a score's benchmark is
 * checked against models afterwards (refiners/benchmark-type.ts).
 */
export function isBenchmarkShaped(name: string): boolean {
  // "3DPW" is shaped like a size ("7B", "10x") but a dataset the gazetteer knows; "EEG-based"
  // describes the task after it.
  return (
    !HARDWARE.test(name) &&
    (!GENERIC_NAME.test(name) || isKnownBenchmark(name)) &&
    !isKnownMetric(name) &&
    !ADJECTIVE_SUFFIX.test(name) &&
    // "Safety Recall@K", "Hit@10": a measure at k is no data set.
    !/@(?:[Kk]|\d+)$/.test(name)
  );
}
