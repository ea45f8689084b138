/**
 * What the whole paper tells every rule: the name of its own system (so "our model" and "it"
 * resolve, and self_reported can be set) and the benchmark it introduces (so a bare score in a
 * benchmark paper lands on that benchmark). Derived from the shape of the title and of
 * "we propose X" sentences, never from a particular paper.
 */
import { BENCHMARK_HINT, GENERIC_NAME, STOP_CAPITALISED } from "./lexicon";
import { benchmarkInfo, isKnownBenchmark } from "./gazetteer";
import { isKnownMetric, namesLexiconMetric } from "./metric";
import { findNames, isNameLike } from "./names";

export interface PaperContext {
  /** The paper's title as given: keys of names that only mean something inside this paper are scoped by it. */
  title: string;
  /** The paper's own systems, most confident first. */
  systems: string[];
  /** Benchmarks or datasets the paper introduces. */
  benchmarks: string[];
  /** The paper's own long system names mapped to the acronym it defines for them. */
  shortNames: ReadonlyMap<string, string>;
  /** Where the abstract first names each of `benchmarks` (0 when the title names it). */
  benchmarkStart: ReadonlyMap<string, number>;
  /** `systems`, longest first, so "DeepSeek-V3-Base" is found before "DeepSeek-V3". */
  systemsByLength: string[];
  /** Benchmarks the gazetteer knows that the abstract names anywhere (each once, in order). */
  readonly mentioned: string[];
  /** What the paper's method does to a model, from its title ("pruned" for "... by Expert Pruning"). */
  operation: "pruned" | "quantized" | "distilled" | null;
  /**
   * True when the paper names no system and no benchmark of its own and is no study of others'
   * models: then a model it names that no registry knows is most likely its own unnamed-in-title one.
   */
  ownsUnknownModels: boolean;
}

// Titles of papers that measure other people's models rather than propose one.
const STUDY_TITLE =
  /\b(?:evaluat\w*|benchmark\w*|survey|review|compar(?:ing|ison|ative)|empirical|study|analy[sz]\w*|assess\w*|how|what|when|why|can|do|does|are)\b/i;

const OPERATIONS: readonly (readonly [RegExp, NonNullable<PaperContext["operation"]>])[] = [
  [/\bprun(?:e|es|ed|ing)\b|\bsparsi\w*/i, "pruned"],
  [/\bquantiz\w*|\blow-bit\b/i, "quantized"],
  [/\bdistill\w*/i, "distilled"],
];

const EVALUATION_TITLE = /^\W+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:evaluation|evaluating|assessment)\b/i;

// The verb is found first (a cheap scan), then its subject is checked in the words before it.
// Present or past tense: "we propose X", "we proposed X", "we built X".
const INTRO_VERB =
  /\b(?:propos|introduc|present|develop|releas|design|build|built|construct|curat|compil|creat)(?:es|ed|e|s)?\b/g;
const INTRO_SUBJECT = /\b(?:we|this (?:paper|work|study|article|report|letter))\b[^.;]{0,60}$/i;
const BENCHMARK_NOUN =
  /\b(?:benchmark(?:s|ing)?|dataset|suite|testbed|leaderboard|corpus|evaluation framework)\b/i;
const BENCHMARK_AFTER_NAME =
  /^\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}?(?:benchmark|dataset|suite|testbed|leaderboard|corpus|evaluation framework)\b/i;
const BENCHMARK_BEFORE_NAME =
  /\b(?:benchmark|dataset|suite|testbed|leaderboard|corpus)\s*(?:,|called|named|dubbed|termed)?\s*$/i;
// "Positional Integrity Encoding (PIE)": an acronym in parentheses after capitalised words.
const ACRONYM = /\(([A-Z][\w+-]*[A-Z0-9+][\w+-]*)\)/g;
const CAPITALISED_BEFORE = /[A-Z][\w-]*\s+$/;
// "a family of models dubbed ConvNeXt", "the derived model, termed as PoolFormer": a name given here.
// "our fine-tuned model SWE-Llama": a name right after the paper's own model noun.
// Two patterns, each with a literal start the regex engine can scan for quickly.
// "which we name ALIGN", "a detector we call RetinaNet": the paper naming its own system.
// "The proposed DeepLabv3 system", "the resulting Vim-S model": one word at most between, so
// "the proposed method outperforms ResNet" names nothing.
const NAMING = [
  /\b(?:dubbed|termed(?:\s+as)?|coined|codenamed|named|called)\s+["“']?(?=[A-Z])/g,
  /\b[Oo]ur\s+(?:[a-z][\w-]*\s+){0,3}?(?:model|system|agent|method)s?\s+["“']?(?=[A-Z])/g,
  // "Our proposed end-to-end MOT model, TicrossNet, is": a name set off by commas after the model noun.
  /\b[Oo]ur\s+(?:[\w-]+\s+){0,3}?(?:model|system|agent|method|framework|network|architecture)s?,\s+(?=[A-Z][^\s,]*,)/g,
  /\b[Ww]e\s+(?:call|name|term|dub)\s+["“']?(?=[A-Z])/g,
  /\b(?:[Tt]he|[Oo]ur)\s+(?:proposed|resulting)\s+(?:[a-z][\w-]*\s+)?["“']?(?=[A-Z])/g,
];

export function readPaperContext(title: string, abstract: string): PaperContext {
  const systems: string[] = [];
  const benchmarks: string[] = [];
  const shortNames = new Map<string, string>();
  const fromTitle = titleName(title, abstract);
  if (fromTitle) {
    const isBenchmark =
      BENCHMARK_NOUN.test(title.slice(fromTitle.length, fromTitle.length + 80)) ||
      // "X: A Unified Evaluation of Retrieval-Augmented Generation": X is what models are scored on.
      EVALUATION_TITLE.test(title.slice(fromTitle.length, fromTitle.length + 80)) ||
      BENCHMARK_HINT.test(fromTitle) ||
      isKnownBenchmark(fromTitle);
    (isBenchmark ? benchmarks : systems).push(fromTitle);
  }
  for (const { name, isBenchmark } of introducedNames(abstract)) {
    const list = isBenchmark ? benchmarks : systems;
    if (!list.includes(name)) list.push(name);
    // "VideoHallu: Hallucination in Video LLMs" … "We present VideoHallu, a benchmark": the
    // abstract's own words say what the title's name is.
    if (isBenchmark && systems.includes(name)) systems.splice(systems.indexOf(name), 1);
  }
  for (const { name, isBenchmark } of givenNames(abstract)) {
    const list = isBenchmark ? benchmarks : systems;
    if (!list.includes(name) && !isKnownBenchmark(name)) list.push(name);
  }
  for (const m of abstract.matchAll(ACRONYM)) {
    if (!CAPITALISED_BEFORE.test(abstract.slice(Math.max(0, m.index - 40), m.index))) continue;
    const acronym = m[1] ?? "";
    // "Word Error Rate (WER)", "Attack Success Rate (ASR)": a defined metric is no system.
    if (
      GENERIC_NAME.test(acronym) ||
      isKnownMetric(acronym) ||
      // By the lexicon only: "OmniGen-Video (OGV)" is shaped like an acronym metric, but names a system.
      namesLexiconMetric(
        abstract
          .slice(Math.max(0, m.index - 40), m.index)
          .trim()
          .split(" ")
          .slice(-2)
          .join(" "),
      )
    )
      continue;
    if (systems.includes(acronym) || benchmarks.includes(acronym)) continue;
    // "Point Transformer V3 (PTv3)": the short form of a name the paper gave is the same thing.
    const before = abstract
      .slice(Math.max(0, m.index - 80), m.index)
      .trimEnd()
      .toLowerCase();
    if (benchmarks.some((b) => before.endsWith(b.toLowerCase()))) benchmarks.push(acronym);
    else {
      // "Scale-Aware Modulation Transformer (SMT)": the short name is the one rows carry.
      // "Representation-Conditioned image Generation (RCG)": the name may open the defined phrase.
      const long = systems.findIndex((s) => {
        const at = before.lastIndexOf(s.toLowerCase());
        return at >= 0 && DEFINED_REST.test(before.slice(at + s.length));
      });
      if (long >= 0) {
        shortNames.set(systems[long]!, acronym);
        systems.splice(long, 0, acronym);
      } else if (systems.length === 0) systems.push(acronym);
    }
  }
  let mentioned: string[] | undefined;
  const operation = OPERATIONS.find(([pattern]) => pattern.test(title))?.[1] ?? null;
  const benchmarkStart = new Map(
    benchmarks.map((b) => [b, b === fromTitle ? 0 : Math.max(0, abstract.indexOf(b))] as const),
  );
  return {
    title,
    systems,
    benchmarks,
    benchmarkStart,
    shortNames,
    systemsByLength: [...systems].sort((a, b) => b.length - a.length),
    operation,
    ownsUnknownModels: systems.length === 0 && benchmarks.length === 0 && !STUDY_TITLE.test(title),
    // Only a score with no benchmark of its own asks for these: found on first use.
    get mentioned() {
      return (mentioned ??= mentionedBenchmarks(abstract));
    },
  };
}

/** "we train YOLOv7 only on MS COCO": every known benchmark word of the abstract, one per gazetteer entry. */
function mentionedBenchmarks(abstract: string): string[] {
  const found = new Map<string, string>();
  for (const m of abstract.matchAll(/\b[A-Z][\w-]*[A-Za-z0-9]/g)) {
    const info = benchmarkInfo(m[0]);
    if (info && !found.has(info.name)) found.set(info.name, m[0]);
  }
  return [...found.values()];
}

/** "TACTIC: Translation Agents..." -> "TACTIC"; "Qwen2.5-1M Technical Report" -> "Qwen2.5-1M". */
function titleName(title: string, abstract: string): string | null {
  const head = /^([^:]{2,40}):/.exec(title)?.[1] ?? /^(.{2,40}?)\s+Technical Report\b/i.exec(title)?.[1];
  if (!head) return null;
  const words = head.trim().split(/\s+/);
  if (words.length > 4) return null;
  // "From Xception to NEXcepTion: ...", "Towards X: ...", "Rethinking ResNets: ...": a phrase
  // about names, not one. A gerund head the abstract repeats as a name is one ("Grounding DINO").
  if (/^(?:From|Towards?|Beyond|How|What|When|Why|On)$/.test(words[0] ?? "")) return null;
  if (/^\w+ing$/.test(words[0] ?? "") && (words.length < 2 || !abstract.includes(head.trim()))) return null;
  if (words.some((w) => isNameLike(w))) return head.trim();
  const capitalised = words.every((w) => /^[A-Z]/.test(w) || /^(?:of|in|for|and|the|a|to|with)$/.test(w));
  return capitalised && !STOP_CAPITALISED.has(words[0] ?? "") ? head.trim() : null;
}

function* givenNames(abstract: string): Generator<{ name: string; isBenchmark: boolean }> {
  for (const m of NAMING.flatMap((pattern) => [...abstract.matchAll(pattern)])) {
    const at = m.index + m[0].length;
    const name = findNames(abstract.slice(at, at + 80)).find(
      (n) => n.start === 0 && !GENERIC_NAME.test(n.text),
    );
    if (!name) continue;
    const before = abstract.slice(Math.max(0, m.index - 60), m.index);
    const ownModel = /^[Oo]ur\b/.test(m[0]);
    yield {
      name: name.text,
      isBenchmark: !ownModel && (BENCHMARK_HINT.test(name.text) || BENCHMARK_NOUN.test(before)),
    };
  }
}

// Narrower than NON_SUBJECT_CUE on purpose (prepositions and lower-case words only): that broader
// list, tried here, also dropped systems papers do introduce.
const PREPOSITION_OBJECT =
  /(?:^|\s)(?:on|upon|atop|with|from|using|via|for|to|of|over|than|into|by|in)\s+(?:[a-z][\w-]*\s+){0,3}$/;

// The rest of a defined phrase the system's name opens: a few words, none of them a clause's.
const DEFINED_REST = /^(?:\s+(?!(?:is|are|was|with|the|an?|and|to|for|that|which|of)\b)[\w-]+){0,3}$/i;

// "a fast multi-object tracking (MOT) model": an acronym for a task or technique (a lower-case
// phrase ending in -ing or -tion) names what the system does, not the system.
const TASK_ACRONYM = /\b[a-z][\w-]*(?:ing|tion|sion)\s+\($/;

function* introducedNames(abstract: string): Generator<{ name: string; isBenchmark: boolean }> {
  for (const verb of abstract.matchAll(INTRO_VERB)) {
    if (INTRO_SUBJECT.test(abstract.slice(Math.max(0, verb.index - 70), verb.index))) {
      const rest = abstract.slice(verb.index + verb[0].length, verb.index + verb[0].length + 300);
      const stop = rest.search(/[.!?](?:\s|$)/);
      const after = stop < 0 ? rest : rest.slice(0, stop);
      const name = findNames(after).find(
        (n) =>
          n.start < 80 &&
          !GENERIC_NAME.test(n.text) &&
          !isKnownMetric(n.text) &&
          !TASK_ACRONYM.test(after.slice(Math.max(0, n.start - 40), n.start)),
      );
      // "a simple baseline built on frozen CLIP features": the name a preposition governs is what
      // the work builds on or is for, not what it introduces.
      if (!name || PREPOSITION_OBJECT.test(after.slice(0, name.start))) continue;
      const isBenchmark =
        BENCHMARK_HINT.test(name.text) ||
        BENCHMARK_AFTER_NAME.test(after.slice(name.end)) ||
        BENCHMARK_BEFORE_NAME.test(after.slice(0, name.start));
      yield { name: name.text, isBenchmark };
    }
  }
}
