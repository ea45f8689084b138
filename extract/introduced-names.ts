/**
 * Names a paper gives its own work: "we propose X", "this study introduces X", "a model dubbed X",
 * "our model X"; and whether each is a benchmark (by its own words) or a system.
 */
import { DATA_NOUN_AFTER } from "./acronym-forms";
import { BENCHMARK_HINT, GENERIC_NAME, TASK_ACRONYM_OPEN, TOOL_LONG_FORM } from "./lexicon";
import { isKnownMetric } from "./metric";
import { findNames } from "./names";

export interface IntroducedName {
  name: string;
  isBenchmark: boolean;
}

// The verb is found first (a cheap scan), then its subject is checked in the words before it.
// Present or past tense: "we propose X", "we proposed X", "we built X".
const INTRO_VERB =
  /\b(?:propos|introduc|present|develop|releas|design|build|built|construct|curat|compil|creat)(?:es|ed|e|s)?\b/g;
const INTRO_SUBJECT = /\b(?:we|this (?:paper|work|study|article|report|letter))\b[^.;]{0,60}$/i;
// "We introduce X, a benchmark designed to evaluate …": a verb inside an apposition is not the subject's.
const IN_APPOSITION = /,\s+(?:an?|the|which|that)\s[^,.;]*$/i;
export const BENCHMARK_NOUN =
  /\b(?:benchmark(?:s|ing)?|dataset|suite|testbed|leaderboard|corpus|evaluation framework)\b/i;
// "X, a framework that supplies the corpus": the noun of the apposition comes before any clause of its own.
// "X, a Vision-Language-Action (VLA) dataset": a bracketed acronym is one of its words.
const BENCHMARK_AFTER_NAME = appositionNoun(
  "benchmark|dataset|suite|testbed|leaderboard|corpus|evaluation framework",
);
// "we introduce X and Y, refined versions of the widely used A and B datasets": a new version of
// a set is a set, and a second name joined by "and" may stand before the apposition.
const VERSION_OF_SET =
  /^(?:\s+and\s+[A-Z][\w.-]*)?\s*,\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:versions?|variants?|extensions?|subsets?|re-?annotations?|editions?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:benchmarks?|datasets?|corpus|corpora)\b/i;
// "we introduce the H-Score as a holistic metric": a measure the paper defines.
const METRIC_AFTER_NAME = appositionNoun("metrics?|measures?");

/** The noun of a name's apposition ("X, a new long-video benchmark"; "X as a holistic metric"). */
function appositionNoun(nouns: string): RegExp {
  return new RegExp(
    String.raw`^\s*(?:\([^)]*\)\s*)?,?\s*(?:as\s+)?(?:(?:a|an|the)\s+)?(?:(?!(?:that|which|who|whose|where|to|for|of|with|from|on)\s)(?:[\w-]+|\([A-Z][\w-]*\))\s+){0,4}?(?:${nouns})\b`,
    "i",
  );
}

// "the Harbor Ship Benchmark (HSB)": the acronym in brackets after the noun is the benchmark's;
// "a curated dataset, called Euclid30K": a comma may stand before the naming word.
const BENCHMARK_BEFORE_NAME =
  /\b(?:benchmark|dataset|suite|testbed|leaderboard|corpus)\s*,?\s*(?:called|named|dubbed|termed|\()?\s*$/i;
// "a family of models dubbed ConvNeXt", "the derived model, termed as PoolFormer": a name given here.
// "our fine-tuned model SWE-Llama": a name right after the paper's own model noun.
// Two patterns, each with a literal start the regex engine can scan for quickly.
// "which we name ALIGN", "a detector we call RetinaNet": the paper naming its own system ("so-called X" is others').
// "The proposed DeepLabv3 system", "the resulting Vim-S model": one word at most between, so
// "the proposed method outperforms ResNet" names nothing.
const NAMING = [
  /\b(?:dubbed|termed(?:\s+as)?|coined|codenamed|named|(?<!so-)called)\s+["“']?(?=[A-Z])/g,
  /\b[Oo]ur\s+(?:[a-z][\w-]*\s+){0,3}?(?:model|system|agent|method|detector|tracker|segmenter)s?\s+["“']?(?=[A-Z])/g,
  // "Our proposed end-to-end MOT model, TicrossNet, is": a name set off by commas after the model noun.
  /\b[Oo]ur\s+(?:[\w-]+\s+){0,3}?(?:model|system|agent|method|framework|network|architecture|detector|tracker|segmenter|approach|pipeline|algorithm)s?,\s+(?=[A-Z][^\s,]*,)/g,
  /\b[Ww]e\s+(?:call|name|term|dub)\s+["“']?(?=[A-Z])/g,
  // "we train a context-aware model, FoldCoder.": the name set off after the model noun is the result's.
  /\b[Ww]e\s+(?:train|obtain|derive|fine-tune|finetune)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:model|agent|system|policy|detector|LLM|VLM)s?,\s+(?=[A-Z])/g,
  // "a hybrid U-Net-shaped model – GLIMS – to segment": a name set off by dashes after the noun.
  /\b(?:model|network|framework|method|architecture|system)\s*[–—]\s*(?=[A-Z][^\s–—]*\s*[–—])/g,
  /\b(?:[Tt]he|[Oo]ur)\s+(?:proposed|resulting)\s+(?:[a-z][\w-]*\s+)?["“']?(?=[A-Z])/g,
];

export function* givenNames(abstract: string): Generator<IntroducedName> {
  for (const m of NAMING.flatMap((pattern) => [...abstract.matchAll(pattern)])) {
    const at = m.index + m[0].length;
    const rest = abstract.slice(at, at + 80);
    const name =
      findNames(rest).find((n) => n.start === 0 && !GENERIC_NAME.test(n.text)) ?? titleCaseName(rest);
    if (!name) continue;
    const before = abstract.slice(Math.max(0, m.index - 60), m.index);
    const ownModel = /^[Oo]ur\b/.test(m[0]);
    // "On the X benchmark, the resulting Y-260M": what "the resulting" names is said after it.
    const described = /^(?:[Tt]he|[Oo]ur)\s+(?:proposed|resulting)\b/.test(m[0])
      ? BENCHMARK_AFTER_NAME.test(rest.slice(name.text.length))
      : BENCHMARK_NOUN.test(before);
    // "on our proposed FixToolBench": a name that calls itself a bench is one, whoever owns it.
    const bench = /bench/i.test(name.text);
    yield {
      name: name.text,
      isBenchmark: bench || (!ownModel && (BENCHMARK_HINT.test(name.text) || described)),
    };
  }
}

// "a scheme, named Guided Anchoring, which": after a naming word, a run of capitalised plain words
// is the name too, though no single word of it is name-shaped.
const TITLE_CASE_NAME = /^(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s){1,3}[A-Z][a-z]+(?=[\s,.;:)]|$)(?!\s+[A-Z])/;

function titleCaseName(rest: string): { text: string } | null {
  const m = TITLE_CASE_NAME.exec(rest);
  return m ? { text: m[0] } : null;
}

// Narrower than NON_SUBJECT_CUE on purpose (prepositions and lower-case words only): that broader
// list, tried here, also dropped systems papers do introduce.
// "built on Support Vector Machines (SVM)": the long form a preposition of use governs may stand
// before the acronym ("Mixture of Multi-rate Residuals (M2R2)" is one name: "of" is no such preposition).
const PREPOSITION_OBJECT = new RegExp(
  String.raw`(?:(?:^|\s)(?:on|upon|atop|with|from|using|via|for|to|of|over|than|into|by|in)\s+(?:[a-z][\w-]*\s+){0,3}|${TOOL_LONG_FORM}\s*\()$`,
);

// "we introduce causal-DAG construction and reasoning (CDCR-SFT)": the name-shaped word opens a
// lower-case phrase, and the acronym in brackets after it names the whole ("a sim2real reinforcement
// learning (RL) framework": an acronym a noun follows is a word of the phrase).
const PHRASE_ACRONYM =
  /^(?:\s+(?:[a-z][\w-]*|and|of|for)){1,6}\s+\(([A-Z][\w-]*[A-Z][\w-]*)\)(?=\s*[,.;:]|\s+(?:that|which|to|for|with|as|and)\b|\s*$)/;

function acronymOfPhrase(rest: string): string | null {
  return PHRASE_ACRONYM.exec(rest)?.[1] ?? null;
}

// "a sim2real imitation learning framework", "a seq2seq model": a lower-case word with a digit
// inside that a lower-case word follows is a modifier of the phrase, not its name.
const LOWER_MODIFIER = /^[a-z][a-z0-9]*\d[a-z0-9]*\s+[a-z]{3,}/;

export function* introducedNames(abstract: string): Generator<IntroducedName> {
  for (const verb of abstract.matchAll(INTRO_VERB)) {
    const lead = abstract.slice(Math.max(0, verb.index - 70), verb.index);
    if (INTRO_SUBJECT.test(lead) && !IN_APPOSITION.test(lead)) {
      const rest = abstract.slice(verb.index + verb[0].length, verb.index + verb[0].length + 300);
      const stop = rest.search(/[.!?](?:\s|$)/);
      const after = stop < 0 ? rest : rest.slice(0, stop);
      const name = findNames(after).find(
        (n) =>
          n.start < 80 &&
          !GENERIC_NAME.test(n.text) &&
          !isKnownMetric(n.text) &&
          !LOWER_MODIFIER.test(after.slice(n.start, n.end + 30)) &&
          !TASK_ACRONYM_OPEN.test(after.slice(Math.max(0, n.start - 40), n.start)),
      );
      // "a simple baseline built on frozen CLIP features": the name a preposition governs is what
      // the work builds on or is for, not what it introduces.
      if (!name || PREPOSITION_OBJECT.test(after.slice(0, name.start))) continue;
      // "we introduce the H-Score as a holistic metric": a measure the paper defines is no system.
      if (METRIC_AFTER_NAME.test(after.slice(name.end))) continue;
      // "modeling of Hidden Markov Model (HMM) parameters": the acronym of a kind of data or parameters.
      if (after.charAt(name.end) === ")" && DATA_NOUN_AFTER.test(after.slice(name.end + 1))) continue;
      const isBenchmark =
        BENCHMARK_HINT.test(name.text) ||
        BENCHMARK_AFTER_NAME.test(after.slice(name.end)) ||
        VERSION_OF_SET.test(after.slice(name.end)) ||
        BENCHMARK_BEFORE_NAME.test(after.slice(0, name.start));
      yield { name: acronymOfPhrase(after.slice(name.end)) ?? name.text, isBenchmark };
    }
  }
}
