/**
 * What the whole paper tells every rule: the name of its own system (so "our model" and "it"
 * resolve, and self_reported can be set) and the benchmark it introduces (so a bare score in a
 * benchmark paper lands on that benchmark). Derived from the shape of the title and of
 * "we propose X" sentences, never from a particular paper.
 */
import { ADJECTIVE_SUFFIX } from "./name-shape";
import { BENCHMARK_HINT, STOP_CAPITALISED } from "./lexicon";
import { benchmarkInfo, isKnownBenchmark, isModelName } from "./gazetteer";
import { isNameLike } from "./names";
import { BENCHMARK_NOUN, givenNames, introducedNames } from "./introduced-names";
import { addDefinedAcronyms } from "./paper-acronyms";

export interface PaperContext {
  /** The paper's title as given: keys of names that only mean something inside this paper are scoped by it. */
  title: string;
  /** The paper's own systems, most confident first. */
  systems: string[];
  /** Benchmarks or datasets the paper introduces. */
  benchmarks: string[];
  /** Acronyms the abstract defines for tasks ("Visual Grounding (VG)"): never a model, whatever stands near them. */
  tasks: string[];
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

export function readPaperContext(title: string, abstract: string): PaperContext {
  const systems: string[] = [];
  const benchmarks: string[] = [];
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
  // "The proposed EMG-driven model": a name made an adjective describes the system, it is not its name.
  for (const name of systems.filter((s) => ADJECTIVE_SUFFIX.test(s)))
    systems.splice(systems.indexOf(name), 1);
  const tasks: string[] = [];
  const shortNames = addDefinedAcronyms(abstract, systems, benchmarks, tasks);
  let mentioned: string[] | undefined;
  const operation = OPERATIONS.find(([pattern]) => pattern.test(title))?.[1] ?? null;
  const benchmarkStart = new Map(
    benchmarks.map((b) => [b, b === fromTitle ? 0 : Math.max(0, abstract.indexOf(b))] as const),
  );
  return {
    title,
    systems,
    benchmarks,
    tasks,
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
  const head =
    // "UI-TARS-2 Technical Report: Advancing ...": the report's subject is the name.
    // "TD-TOG Dataset: Benchmarking …": the set noun after a name is no part of it (the noun, left in
    // the title after the name, still makes the name a benchmark).
    /^([^:]{2,40}):/.exec(title)?.[1]?.replace(/\s+(?:Technical Report|Dataset|Benchmark|Corpus)$/i, "") ??
    /^(.{2,40}?)\s+Technical Report\b/i.exec(title)?.[1] ??
    wholeTitleName(title, abstract);
  if (!head) return null;
  const words = head.trim().split(/\s+/);
  // "Fewer Tokens, Better Action: …": a slogan of clauses is no name.
  if (words.length > 4 || head.includes(",")) return null;
  // "From Xception to NEXcepTion: ...", "Towards X: ...", "Rethinking ResNets: ...": a phrase
  // about names, not one. A gerund head the abstract repeats as a name is one ("Grounding DINO").
  if (/^(?:From|Towards?|Beyond|How|What|When|Why|On)$/.test(words[0] ?? "")) return null;
  if (/^\w+ing$/.test(words[0] ?? "") && (words.length < 2 || !abstract.includes(head.trim()))) return null;
  // "USIM and U0: A Dataset and Model": two names, a dataset and a model, never one.
  if (words.includes("and") && words.filter((w) => isNameLike(w)).length >= 2) return null;
  if (words.some((w) => isNameLike(w))) return head.trim();
  const capitalised = words.every((w) => /^[A-Z]/.test(w) || /^(?:of|in|for|and|the|a|to|with)$/.test(w));
  // "Less Is More: …": a head with a verb is a slogan, not a name.
  if (words.some((w) => SLOGAN_WORD.test(w))) return null;
  return capitalised && !STOP_CAPITALISED.has(words[0] ?? "") ? head.trim() : null;
}

const SLOGAN_WORD = /^(?:Is|Are|Was|Were|Be|Can|Could|Should|Will|Do|Does|Did|Not|Need|Needs|Matters?)$/;

/**
 * "Point Transformer": a title of a few capitalised words the abstract repeats as written is a name.
 * "TransRUPNet for Real-Time Polyp Segmentation": so is a new name-shaped word opening the title
 * before "for" or "with" (a model the world knows, as in "BERT for …", is studied, not introduced).
 */
function wholeTitleName(title: string, abstract: string): string | undefined {
  const t = title.trim();
  if (/^[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}$/.test(t) && abstract.includes(t)) return t;
  const lead = /^([A-Za-z][\w+.-]*)\s+(?:for|with)\s/.exec(t)?.[1];
  return lead && isNameLike(lead) && !isModelName(lead) && abstract.includes(lead) ? lead : undefined;
}
