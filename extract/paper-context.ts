/**
 * What the whole paper tells every rule: the name of its own system (so "our model" and "it"
 * resolve, and self_reported can be set) and the benchmark it introduces (so a bare score in a
 * benchmark paper lands on that benchmark). Derived from the shape of the title and of
 * "we propose X" sentences, never from a particular paper.
 */
import { ADJECTIVE_SUFFIX, inTitleCaseRun } from "./name-shape";
import { BENCHMARK_HINT, HARDWARE } from "./lexicon";
import { benchmarkInfo, isKnownBenchmark } from "./gazetteer";
import { BENCHMARK_NOUN, givenNames, introducedNames } from "./introduced-names";
import { addDefinedAcronyms } from "./paper-acronyms";
import { titleName } from "./title-name";

const HARDWARE_NAME = new RegExp(`^(?:${HARDWARE.source})$`);
const ESTIMATED =
  /([\w.+-]+)\s+(?:estimation|prediction|forecasting|assessment)\s+(?:framework|method|model|approach)\b/g;

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
  /\b(?:evaluat\w*|benchmark\w*|survey|review|compar(?:ing|ison|ative)|empirical|study|analy[sz]\w*|assess\w*|how|what|when|why|can|do|does|are|vs\.?|versus)(?!\w)/i;

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
  // "we build a dataset of 340 GPU kernels": a chip is never the paper's system.
  // "a novel chance-constrained HC estimation framework": HC is what the framework estimates.
  const estimated = new Set([...abstract.matchAll(ESTIMATED)].map((m) => m[1]));
  for (const name of systems.filter(
    (s) => ADJECTIVE_SUFFIX.test(s) || HARDWARE_NAME.test(s) || estimated.has(s),
  ))
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
    if (inTitleCaseRun(abstract, m.index, m[0])) continue;
    const info = benchmarkInfo(m[0]);
    if (info && !found.has(info.name)) found.set(info.name, m[0]);
  }
  return [...found.values()];
}
