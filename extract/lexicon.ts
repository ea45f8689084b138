/**
 * Closed word lists the rules share. They are data, not code paths: adding a metric or a
 * hardware name here changes behaviour without touching a rule.
 */

export { METRICS, type MetricEntry } from "./metric-lexicon";

/** Acronym-like metric names not in METRICS still count as a metric right after a number. */
// A year in the name ("PHOENIX-2014", "ICDAR2015") marks a dataset, never a metric.
export const ACRONYM_METRIC = /^(?!.*(?:19|20)\d{2}\b)(?:[A-Z][A-Za-z]*[A-Z][\w@-]*|[A-Z]{2,}(?:-\d+)?)$/;

/** A name phrase that is hardware, not a model or benchmark ("T4 GPU", "A100", "H800"). */
// Inference runtimes ("On TensorRT, X runs …") are where a model is deployed, like the chip it runs on;
// so are phones, edge boards, robot arms and sensors ("on an iPhone 15 Pro", "on a Jetson Orin", "on a UR5
// arm", "from IMU measurements").
export const HARDWARE =
  /\b(?:GPUs?|NPUs?|TPUs?|CPUs?|H\d{2,3}|A\d{2,3}|T4|V100|RTX|GTX ?\d*|Ascend|Gaudi|Tesla|NVIDIA|Intel|AMD|Hopper|accelerators?|iPhone(?: \d+(?: Pro)?)?|Pixel \d+|Snapdragon|Jetson(?: \w+)?|Raspberry Pi|Apple M\d|MacBook|UR\d+e?|Franka|[xX][Aa]rm\d*|Kinova|Unitree|WidowX|TensorRT|CoreML|Core ML|ONNX(?: Runtime)?|OpenVINO|TFLite|TensorFlow Lite|llama\.cpp|vLLM|IMUs?)\b/;

/**
 * Words before a name that make it a comparison target or a setting, never the claim's subject;
 * the captured words between cue and name must be lower-case (resolve-model.ts checks).
 */
export const NON_SUBJECT_CUE =
  /\b(?:than|over|versus|vs\.?|against|compared (?:to|with)|relative to|outperform(?:s|ing|ed)?|surpass(?:es|ing|ed)?|beat(?:s|ing)?|exceed(?:s|ing|ed)?|match(?:es|ed|ing)?|rival(?:s|ed|ing)?|on par with|such as|including|among|e\.g\.,?|solv(?:e|es|ed|ing)|boost(?:s|ed|ing)?|rais(?:es|ed|ing)|improves|enhances|with|without|using|via|from|on|upon|into|onto|in|across|of|to|for|at|under|pre-?trained on|trained on|(?<!\b(?:[Oo]ur|[Tt]he|an?|its|their)\s)fine-tun(?:ed|ing))\s+((?:[a-z0-9][\w-]*(?:\.\d+)?\s+){0,3})$/i;

/** Nouns of efficiency: a reduction or a ratio of these is a speedup, not a delta. */
export const EFFICIENCY_WORDS =
  "memory|latency|time|costs?|[GT]?FLOPs|G?MACs|computations?|compute|overhead|parameters|storage|KV cache|GPU hours|energy|size|speed|throughput|speedup|speed-up|acceleration|compression|footprint";
export const EFFICIENCY_NOUN = new RegExp(String.raw`\b(?:${EFFICIENCY_WORDS})\b`, "i");
/**
 * "38% fewer GFLOPs", "20% less memory", "a 3.5% increase in inference parameters": a value that
 * changes a cost, whatever score the sentence names.
 */
export const COMPARED_COST = new RegExp(
  String.raw`^\s*(?:(?:fewer|less|lower|smaller|more|higher|larger)\s+|(?:increase|reduction|decrease|rise|growth|saving)s?\s+(?:in|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?)(${EFFICIENCY_WORDS})\b`,
  "i",
);

/** Words right after a value (and its metric) that make it a difference, not an absolute score. */
// "(30.2 AP) by a wide margin": a margin said with "by" is another value's, not this one's.
// "3.89 with success rates above 95%": a comparative followed by a number governs that number.
// "79.9% with a standard deviation of 0.2%": what a "with" clause adds is another value's.
// "a 35.6% interquartile mean (IQM) improvement": a metric's acronym in brackets is no extra word.
// "80.3% under degradation conditions": a condition the score was taken under is no change.
export const DELTA_AFTER =
  /^\s*(?!by\s|with\s|and\s)(?:[A-Za-z][\w@.^-]*\s+(?:\([A-Z][\w-]*\)\s+)?){0,3}?(?:absolute\s+|relative\s+|average\s+|performance\s+)?(?:gains?|improvements?|increases?|boosts?|lift|better|higher|lower|drops?|decreases?|reductions?|(?<!\b(?:under|with|against|to)\s)degradation(?!\s+(?:conditions|settings|types|scenarios))|(?<=\b(?:accuracy|performance|quality|precision|recall|F1|m?AP|BLEU|mIoU|utility)\s)loss(?:es)?|margin|advantage|variation|difference|deviation|above|below|ahead|behind|(?:more|less|fewer)\s+than|(?:more|less)\s+(?:accurate|effective|efficient|robust|reliable|precise|stable|faithful|consistent))\b(?!\s*[+~]?\d)/i;

/** Verbs of comparison before "by N": "outperforms X by N", "improves by N". */
export const DELTA_VERB =
  /\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|improv\w*|boost\w*|increas\w*|rais\w*|lead\w*|better\w*|gain\w*|enhanc\w*|advanc\w*|reduc\w*|decreas\w*|lower\w*|cut\w*|diminish\w*|trail\w*|lag\w*|(?:fall|falls|fell|falling)\s+short|underperform\w*)\b/i;

/** Verbs of a change to a new level ("drops to", "rises to"): a regex source. */
export const CHANGE_VERB = String.raw`(?:drops|dropped|falls|fell|decreases|decreased|declines|declined|rises|rose|increases|increased|improves|improved|grows|grew|climbs|climbed|jumps|jumped)`;

/** Verbs that state a result ("achieves", "reaches", "scores"): a regex source, one stem each. */
export const RESULT_VERB = String.raw`(?:achiev|reach|attain|obtain|scor|record|post|yield)\w*`;

/** Verbs of a change upward ("improves X from", "boosts the accuracy of X to"): a regex source, one word stem each. */
export const IMPROVE_VERB = String.raw`\b(?:improv|boost|rais|increas|lift|enhanc|elevat|push|power(?=s|ed|ing))\w*\s`;

/** Words that refer back to the paper's own system. */
export const SELF_REFERENCE =
  /\b(?:our|we|it|this (?:model|method|approach|framework|system)|the (?:proposed|resulting) (?:model|method|approach|framework|system))\b/i;

/**
 * Subjects that are descriptions, not names: people, or a class of models ("even state-of-the-art
 * LLMs achieve only 0.41", "with most models scoring below 40%"). A value they own is not the
 * paper's system's, nor the model named before them; "human-level performance, 93.3%" names people.
 */
/** People a paper measures (human baselines): one list, for the subjects below and for listing (confidence.ts). */
// "a human evaluation score of 4.2" is how a system was judged, by people: no person is measured.
// "experts who hold PhDs": experts alone are people too, but not the experts of a mixture ("8 experts").
const PEOPLE = String.raw`(?:human|domain|medical|clinical) experts?|(?<![\d-]\s?|\bof\s|\bactive\s|\bactivated\s|\brouted\s)experts(?=$|\s+(?:who|with|in|on|reach|achiev|score|obtain|attain|only)\b)|(?:board-certified\s+|expert\s+|human\s+|non-expert\s+)?(?:radiologists|dermatologists|pathologists|ophthalmologists|clinicians|physicians|doctors|annotators|evaluators|raters|readers|residents|participants|crowd ?workers|validators)|humans?(?!\s+(?:evaluations?|ratings?|preferences?|judge?ments?|assessments?|studies|study|annotations?|feedback)\b)`;
/** A subject that is wholly people measured on a benchmark ("human experts", "radiologists"). */
export const HUMAN_SUBJECT = new RegExp(`^(?:${PEOPLE})$`, "i");
export const GENERIC_SUBJECT = new RegExp(
  String.raw`\b(?:${PEOPLE}|(?:(?:most|many|all|other|some|several|few|remaining|competing|state-of-the-art|existing|current|leading|frontier|proprietary|open-source|commercial|prior|previous|strong|advanced|open-weights?|closed-source|closed-weights?|top|best|(?:top|best)-(?:performing|ranked|scoring)|winning|baseline|standard|conventional|vanilla|off-the-shelf|general-purpose)\s+)+(?:[a-z][\w-]*\s+)?(?:LLMs|MLLMs|VLMs|models|methods|systems|approaches|baselines|agents|detectors|trackers|segmenters)|(?:smaller|larger)\s+(?:LLMs|models)|(?:LLMs|MLLMs|VLMs|models)\s+(?:under|below|above|over|with\s+(?:fewer|more|less)\s+than|(?:smaller|larger)\s+than)\s+\d[\w.]*(?:\s+parameters)?|(?<=\bthe\s)(?:(?:strongest|best|best-performing|previous|prior|leading|competing|closest|existing)\s+)+(?:model|method|system|approach|baseline|agent|detector))\b(?!\s*-(?!level\s+(?:performance|accuracy)\b)|\s*(?:Eval|Bench|Arena)\b|\s+(?:normali[sz]ed|world)\b)`,
  "gi",
);

/** "Our method", "The proposed approach": the paper's own system, described rather than named. */
const OWN_OPENER = "(?:[Oo]ur|[Tt]he proposed|[Tt]he resulting|[Tt]his)";
export const DESCRIBED_OWN = new RegExp(`^${OWN_OPENER}\\s`);
/** The phrase itself in running text: "Our method", "the proposed detector", "this framework". */
export const DESCRIBED_OWN_PHRASE = new RegExp(
  `\\b${OWN_OPENER}\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:method|approach|model|framework|system|network|detector|tracker|pipeline|architecture|algorithm|agent|technique|solution)\\b`,
  "g",
);

/** Capitalised words that start sentences or clauses but never names. */
export const STOP_CAPITALISED = new Set(
  "The This These That Those Our We It Its In On At For With By From To Of And Or But As An A Compared Moreover Furthermore Additionally Finally Notably Specifically Remarkably However Overall Experimental Experiments Extensive Results Further Besides Despite While When Under Without After Before Across Using Building Based Code Evaluation Evaluations Comprehensive Code Here Unlike Also Even Both Each All Most Many Some Such First Second Third Via Then Thus Therefore Meanwhile Although Through Large Recent Recently Existing Current Yet Upon Within Beyond Among Against Towards Toward Into Onto Given Since Because Including Following Over Nearly About Around Approximately Roughly Almost Only".split(
    " ",
  ),
);

/** Shapes that mark a name as a benchmark or dataset rather than a model. */
export const BENCHMARK_HINT =
  /(?:bench|Bench|BENCH|MMLU|COCO|ImageNet|MATH|AIME|GSM8K|HumanEval|MBPP|VQA|MTEB|BEIR|GLUE|SQuAD|LibriSpeech|ADE20K|nuScenes|MiniF2F|miniF2F|Arena|-test\b|-val\b|FLORES|WMT\d|RULER|Ruler|Spec-Bench|LongBench|InfiniteBench|GPQA|LiveCodeBench|Cityscapes|Kinetics|CIFAR|KITTI|NYUv2)/;

/** Acronyms and size tokens shaped like names that never name a model or a benchmark. */
// "7B", "3D", "12x" are amounts or shapes; "3DT" (a digit then capitals) is a name.
// "an open-source SWE LLM", "a Code VLM": capitalised words before a kind of model describe one.
export const GENERIC_NAME =
  /^(?:(?:[A-Z][\w-]*\s)+(?:LLMs?|VLMs?|MLLMs?|LMMs?|SLMs?|VLAs?)|T?FLOPs|GFLOPs|MACs|FPS|LLMs?|ASR|TTS|STT|NER|OCR|N?MT|NLU|NLG|SLU|MLLMs?|VLMs?|VLAs?|LVLMs?|LMs?|MoEs?|S[Oo]TA|SotA|APIs?|NLP|AI|RL|SFT|CoT|RAG|ICL|QA|VQA|NLI|HAR|SNNs?|GNNs?|RNNs?|OOD|O\.O\.D|I\.I\.D|IID|KV|LoRA|CNNs?|ViTs?|GPT|RLHF|DPO|PPO|(?:near-|full-|half-)?FP\d+|BF16|INT\d+|TM|CT|MRI|PET|CXR|[Tt]op-\d+|TOP[- ]?\d+|PhDs?|MDs|IDs?|IDEs?|GUIs?|BEV|SQL|JSON|HTML|XML|[Bb]est-of-\d+|[Mm]aj@\d+|Pass@\d+|pass@\d+|\d[\d.,]*(?![A-Z]{2,3}$)[A-Za-z×+]{0,3}|\d+(?:\.\d+)?\s?(?:GB|MB|TB|KB|ms)|\d[\d.,]*-[a-z]+)$/;

/** Past one of these in a clause, the names up to the value are what the subject is compared with. */
// "over 64 samples", "averaged over 5 runs": "over" before a count compares nothing.
export const COMPARISON_CUE =
  /\b(?:than|outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|compared (?:to|with)|relative to|such as|including|over(?!\s+\d|\s+[Uu]nion\b)|versus|vs\.?|against|(?:similar|comparable|competitive)(?:\s+\w+)?\s+(?:as|to|with)|on par with|match(?:es|ed|ing)?|rival(?:s|ed|ing)?|(?:points?|pp|%)\s+(?:above|below|behind|ahead of))\b/gi;
// COMPARISON_CUE is global (for matchAll); `test` on it would carry lastIndex from one call to the next.
export const COMPARISON_CUE_ANYWHERE = new RegExp(COMPARISON_CUE.source, "i");

/** A run described rather than named ("its teacher", "the fully supervised baseline"): never a model to rank. */
export const DESCRIBED_RUN_NOUN =
  "(?:baseline|counterpart|teacher|oracle|upper bound|base model|full-precision model|dense model)";

/** "Top-1", "top-5": the k of a top-k metric, written alone before "/Top-5 accuracy". */
export const TOP_K = /^top-\d+$/i;

/** A shot count as written ("zero-shot", "5-shot", "few shot"), the count captured: a regex source. */
export const SHOT_COUNT = String.raw`(zero|one|few|\d+)[- ]shot`;

/**
 * "multi-object tracking (MOT)", "video object segmentation (one-shot VOS)": an acronym opened
 * after a lower-case phrase ending in -ing, -tion or -sion names a task or technique, not a system.
 */
export const TASK_ACRONYM_OPEN = /\b[a-z][\w-]*(?:ing|tion|sion)\s+\((?:[a-z][\w-]*\s+)?$/;

/**
 * "built on Support Vector Machines", "integrates Ant Colony Optimization": a capitalised long form a
 * preposition of use or "integrates" governs names a tool the method uses (a regex source, anchored by users).
 */
export const TOOL_LONG_FORM = String.raw`\b(?:on|upon|atop|via|using|with|by|from|through|integrat(?:es|ing)|incorporat(?:es|ing))\s+(?:[a-z][\w-]*\s+){0,3}(?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*`;

/** The items a benchmark is made of, as papers count them ("24.5% of LiveCodeBench problems", "$0.34 per issue"). */
export const TASK_ITEM = String.raw`(?:problems?|tasks?|issues?|questions?|instances?|quer(?:y|ies)|test cases?)`;

/** "In real-world experiments", "a user study": an evaluation of the paper's own, on no public benchmark. */
export const OWN_EVALUATION =
  /\b(?:real[- ]world|user stud(?:y|ies)|human (?:evaluations?|studies|study|preference)|(?:real|physical)\s+(?:[\w-]+\s+)?(?:robots?|arms?|hardware|platforms?)|field (?:tests?|trials?)|clinical (?:trials?|stud(?:y|ies)|deployment)|in the wild)\b/i;
/**
 * "and 100% success on real-world Franka arm tasks", "… and 25% (real robot)": a trial of its own
 * named right after a value, or in the value's own parenthesis.
 */
export const OWN_TRIAL_AFTER =
  /^\s*%?\s*(?:(?:[\w-]+\s+){0,2}?(?:on|in|across)\s+(?:the\s+|\d+\s+)?real[- ]world\b|\(\s*(?:on\s+)?(?:an?\s+|the\s+)?real(?:[- ]world|\s+robots?)\b)/i;
/** "excels in a real-world anode design problem with 97% accuracy": the trial named before the value. */
export const OWN_TRIAL_BEFORE =
  /\b(?:in|on)\s+(?:an?\s+|the\s+)?real[- ]world\b[^,;.]{0,60}\bwith\s+(?:an?\s+)?$/i;
