/** Case tables for the extractor: what must be found, and what must never be. */
import type { ClaimKind, RuleName } from "../../../extract";

export interface ExpectedClaim {
  model: string;
  benchmark?: string | null;
  value: number;
  unit: string;
  kind: ClaimKind;
  rule?: RuleName;
  metric?: string | null;
  setting?: string | null;
  listed?: boolean;
  /** Whether the value is the paper's own system's (checked when stated). */
  selfReported?: boolean;
}

export interface ExtractCase {
  name: string;
  title?: string;
  abstract: string;
  expected: ExpectedClaim[];
}

export const POSITIVE_CASES: readonly ExtractCase[] = [
  {
    name: "X achieves N% metric on B",
    abstract: "We evaluate our design. OrcaNet-L achieves 71.4% top-1 accuracy on ImageNet-1K.",
    expected: [
      {
        model: "OrcaNet-L",
        benchmark: "ImageNet-1K",
        value: 71.4,
        unit: "%",
        kind: "score",
        metric: "top-1 accuracy",
        rule: "value-unit",
      },
    ],
  },
  {
    name: "score with the model earlier in the sentence and a second measure at N FPS",
    abstract:
      "Our FalconDet-S hits 44.1% AP on the COCO dataset at a throughput of 612 FPS on an NVIDIA T4 GPU.",
    expected: [
      { model: "FalconDet-S", benchmark: "COCO", value: 44.1, unit: "%", kind: "score" },
      { model: "FalconDet-S", benchmark: "COCO", value: 612, unit: "FPS", kind: "score" },
    ],
  },
  {
    name: "slash lists pair values with expanded model names",
    abstract: "Our Hawk-R18 / R34 achieves 40.2% / 43.8% AP on COCO and 210 / 150 FPS on T4 GPU.",
    expected: [
      { model: "Hawk-R18", benchmark: "COCO", value: 40.2, unit: "%", kind: "score", rule: "value-list" },
      { model: "Hawk-R34", benchmark: "COCO", value: 43.8, unit: "%", kind: "score", rule: "value-list" },
      { model: "Hawk-R18", value: 210, unit: "FPS", kind: "score" },
      { model: "Hawk-R34", value: 150, unit: "FPS", kind: "score" },
    ],
  },
  {
    name: "respectively-lists pair values with benchmarks",
    abstract:
      "Driven by GPT-4o, TraceFix resolves 31.5% and 12.25% of issues on SWE-bench Lite and SWE-bench Verified, respectively.",
    expected: [
      { model: "TraceFix", benchmark: "SWE-bench Lite", value: 31.5, unit: "%", kind: "score" },
      { model: "TraceFix", benchmark: "SWE-bench Verified", value: 12.25, unit: "%", kind: "score" },
    ],
  },
  {
    name: "from A to B gives two scores with different owners",
    title: "Refiner: Reading Problems Twice",
    abstract: "Notably, Refiner improves the pass@1 accuracy of Qwen2.5-7B on AIME2024 from 12.5% to 20.1%.",
    expected: [
      { model: "Qwen2.5-7B", benchmark: "AIME2024", value: 12.5, unit: "%", kind: "score", rule: "from-to" },
      { model: "Refiner", benchmark: "AIME2024", value: 20.1, unit: "%", kind: "score", rule: "from-to" },
    ],
  },
  {
    name: "outperforms Y by N points is a delta of the subject",
    abstract: "On GSM8K, MathTutor-7B outperforms the strongest baseline LLaMA-2-13B by 6.3 points.",
    expected: [{ model: "MathTutor-7B", benchmark: "GSM8K", value: 6.3, unit: "points", kind: "delta" }],
  },
  {
    name: "Nx speedups are speedups, and lists of them pair by position",
    title: "QuickKV: Caching Keys Quickly",
    abstract:
      "By caching keys for Llama-3-8B and Mistral-7B, we achieve 1.62x and 1.85x speedups, respectively, with QuickKV.",
    expected: [
      { model: "QuickKV", value: 1.62, unit: "x", kind: "speedup" },
      { model: "QuickKV", value: 1.85, unit: "x", kind: "speedup" },
    ],
  },
  {
    name: "over/nearly N are bounds",
    title: "Lumen: Longer Context for Everyone",
    abstract: "Lumen reaches over 90% retrieval accuracy on RULER and nearly 80% on LongBench.",
    expected: [
      { model: "Lumen", benchmark: "RULER", value: 90, unit: "%", kind: "bound" },
      { model: "Lumen", benchmark: "LongBench", value: 80, unit: "%", kind: "bound" },
    ],
  },
  {
    name: "a benchmark the paper introduces receives later bare scores",
    title: "CodeArena: Benchmarking LLMs on Contest Problems",
    abstract:
      "We introduce CodeArena, a benchmark of 1,200 contest problems. Gemma-3-27B achieves the best score of 31.07, followed by Qwen3-32B with a score of 28.5.",
    expected: [
      {
        model: "Gemma-3-27B",
        benchmark: "CodeArena",
        value: 31.07,
        unit: "",
        kind: "score",
        rule: "metric-of-value",
      },
      {
        model: "Qwen3-32B",
        benchmark: "CodeArena",
        value: 28.5,
        unit: "",
        kind: "score",
        rule: "metric-of-value",
      },
    ],
  },
  {
    name: "thousands separators, LaTeX percent and markdown bold",
    abstract:
      "Our server, StreamServe, reaches a decoding throughput of up to 5,120 tokens per second, and StreamServe keeps 93.1\\% accuracy on MMLU with **88.4**% on GSM8K.",
    expected: [
      { model: "StreamServe", value: 5120, unit: "tokens/s", kind: "score" },
      { model: "StreamServe", benchmark: "MMLU", value: 93.1, unit: "%", kind: "score" },
      { model: "StreamServe", benchmark: "GSM8K", value: 88.4, unit: "%", kind: "score" },
    ],
  },
  {
    name: "N times glued by a lost \\times is a speedup",
    abstract: "PrunedDiT achieves an almost lossless acceleration of 3.75times on FLUX.",
    expected: [{ model: "PrunedDiT", benchmark: "FLUX", value: 3.75, unit: "x", kind: "speedup" }],
  },
  {
    name: "solving N out of M problems is a count, not two numbers",
    abstract: "The resulting model, ProofStar-32B, proves 120 out of 488 problems from miniF2F.",
    expected: [],
  },
  {
    name: "solves N of these problems",
    abstract: "In comparison, ProofStar-32B solving 41 out of 658 problems from PutnamBench sets a record.",
    expected: [
      {
        model: "ProofStar-32B",
        benchmark: "PutnamBench",
        value: 41,
        unit: "problems",
        kind: "score",
        rule: "solves-count",
      },
    ],
  },
  {
    name: "name: value vs. name: value",
    abstract:
      "VQTok achieves a record-low rFID (VQTok: 0.21 vs. MAGVIT-2: 0.35) on the ImageNet validation set.",
    expected: [
      { model: "VQTok", value: 0.21, unit: "", kind: "score", rule: "name-colon-value" },
      { model: "MAGVIT-2", value: 0.35, unit: "", kind: "score", rule: "name-colon-value" },
    ],
  },
  {
    name: "a value in parentheses after a benchmark",
    abstract:
      "Among the tested models, Gemini-1.5-Pro achieves the highest performance on the Hard-Split dataset (81.20).",
    expected: [
      {
        model: "Gemini-1.5-Pro",
        benchmark: "Hard-Split",
        value: 81.2,
        unit: "",
        kind: "score",
        rule: "paren-value",
      },
    ],
  },
  {
    name: "our method resolves to the paper's system",
    title: "SparseFlow: Fast Attention for Long Videos",
    abstract:
      "Experiments on VBench show that our method delivers 2.4x faster generation with a minimal quality drop of 0.3%.",
    expected: [
      { model: "SparseFlow", benchmark: "VBench", value: 2.4, unit: "x", kind: "speedup" },
      { model: "SparseFlow", benchmark: "VBench", value: 0.3, unit: "%", kind: "delta" },
    ],
  },
  {
    name: "efficiency ratios are speedups",
    title: "TinyMix: Sparse Experts on a Budget",
    abstract: "TinyMix matches the dense baseline with only 35.5% of computations and 40% fewer parameters.",
    expected: [
      { model: "TinyMix", value: 35.5, unit: "%", kind: "speedup" },
      { model: "TinyMix", value: 40, unit: "%", kind: "speedup" },
    ],
  },
  {
    name: "it scores N, with the paper's system as subject",
    title: "MiniCoder: Small Models for Code",
    abstract: "On CodeArena-X, it scores 31.4, compared to 27.9 for an older baseline.",
    expected: [
      {
        model: "MiniCoder",
        benchmark: "CodeArena-X",
        value: 31.4,
        unit: "",
        kind: "score",
        metric: "score",
        rule: "metric-of-value",
      },
    ],
  },
  {
    name: "'scores N' on a benchmark with a usual metric takes that metric",
    abstract: "Llama-3-8B-Instruct scores 68.4 on MMLU.",
    expected: [
      {
        model: "Llama-3-8B-Instruct",
        benchmark: "MMLU",
        value: 68.4,
        unit: "",
        kind: "score",
        metric: "accuracy",
        rule: "metric-of-value",
      },
    ],
  },
  {
    name: "an acronym metric before 'of N' is a metric, not a model",
    abstract: "FastSpeech-X achieves a MOS of 4.41 on LJSpeech.",
    expected: [
      { model: "FastSpeech-X", benchmark: "LJSpeech", value: 4.41, unit: "", kind: "score", metric: "MOS" },
    ],
  },
  {
    name: "a comparison opening the sentence ends at its comma",
    abstract: "Compared with VITS, FastSpeech-X is 5.3 times faster at inference.",
    expected: [{ model: "FastSpeech-X", value: 5.3, unit: "x", kind: "speedup" }],
  },
  {
    name: "a gain right after a score is on the same benchmark",
    abstract:
      "Our agent, SearchPilot, answers 58.3% of questions correctly on BrowseComp, a 12.5-point gain over the strongest baseline, and reaches 71.0% on GAIA.",
    expected: [
      { model: "SearchPilot", benchmark: "BrowseComp", value: 58.3, unit: "%", kind: "score" },
      { model: "SearchPilot", benchmark: "BrowseComp", value: 12.5, unit: "points", kind: "delta" },
      { model: "SearchPilot", benchmark: "GAIA", value: 71, unit: "%", kind: "score" },
    ],
  },
  {
    name: "a respectively-list pairs with the benchmarks named before it",
    abstract:
      "Trained on our data, Qwen2.5-Math-7B attains 55.2% on AIME 2024 and 83.4% on MATH-500, up from 13.3% and 79.8%, respectively.",
    expected: [
      { model: "Qwen2.5-Math-7B", benchmark: "AIME 2024", value: 55.2, unit: "%", kind: "score" },
      { model: "Qwen2.5-Math-7B", benchmark: "MATH-500", value: 83.4, unit: "%", kind: "score" },
      {
        model: "Qwen2.5-Math-7B",
        benchmark: "AIME 2024",
        value: 13.3,
        unit: "%",
        kind: "score",
        rule: "value-list",
      },
      {
        model: "Qwen2.5-Math-7B",
        benchmark: "MATH-500",
        value: 79.8,
        unit: "%",
        kind: "score",
        rule: "value-list",
      },
    ],
  },
  {
    name: "known benchmarks written as plain words, and a metric bounded from above",
    title: "SegNext-L: Strong Segmentation",
    abstract: "SegNext-L obtains 83.2 mIoU on Cityscapes while keeping perplexity below 8.5 on PG19.",
    expected: [
      { model: "SegNext-L", benchmark: "Cityscapes", value: 83.2, unit: "", kind: "score", metric: "mIoU" },
      { model: "SegNext-L", benchmark: "PG19", value: 8.5, unit: "", kind: "bound", metric: "perplexity" },
    ],
  },
  {
    name: "N% of the time is a score, not a ratio of compute time",
    abstract: "The best judge, Claude 3.5 Sonnet, agrees with humans 81.4% of the time on JudgeBench.",
    expected: [
      { model: "Claude 3.5 Sonnet", benchmark: "JudgeBench", value: 81.4, unit: "%", kind: "score" },
    ],
  },
  {
    name: "(A vs. B) after a comparison gives B to the model compared with",
    abstract: "TinyMath-1.5B even outperforms GPT-4o on AMC23 (67.5 vs. 45.0).",
    expected: [
      {
        model: "TinyMath-1.5B",
        benchmark: "AMC23",
        value: 67.5,
        unit: "",
        kind: "score",
        rule: "paren-versus",
      },
      { model: "GPT-4o", benchmark: "AMC23", value: 45, unit: "", kind: "score", rule: "paren-versus" },
    ],
  },
  {
    name: "a metric named once in the sentence carries to the next value",
    abstract: "Borealis-7B reaches 81.4% pass@1 on HumanEval and 63.0% on MBPP.",
    expected: [
      {
        model: "Borealis-7B",
        benchmark: "HumanEval",
        value: 81.4,
        unit: "%",
        kind: "score",
        metric: "pass@1",
        listed: true,
      },
      {
        model: "Borealis-7B",
        benchmark: "MBPP",
        value: 63,
        unit: "%",
        kind: "score",
        metric: "pass@1",
        listed: true,
      },
    ],
  },
  {
    name: "a score with no metric takes its benchmark's usual metric from the gazetteer",
    abstract: "Kestrel-13B attains 71.2% on MMLU.",
    expected: [
      {
        model: "Kestrel-13B",
        benchmark: "MMLU",
        value: 71.2,
        unit: "%",
        kind: "score",
        metric: "accuracy",
        listed: true,
      },
    ],
  },
  {
    name: "a split is a setting",
    abstract: "Our Osprey-ASR reaches 4.1% WER on LibriSpeech test-other.",
    expected: [
      { model: "Osprey-ASR", value: 4.1, unit: "%", kind: "score", metric: "WER", setting: "test-other" },
    ],
  },
  {
    name: "top-k other than 1 is a setting and stays in the metric",
    abstract: "Our Larkspur-B reaches 96.1% top-5 accuracy on ImageNet-1K.",
    expected: [
      {
        model: "Larkspur-B",
        benchmark: "ImageNet-1K",
        value: 96.1,
        unit: "%",
        kind: "score",
        metric: "top-5 accuracy",
        setting: "top-5",
      },
    ],
  },
  {
    name: "a quantized variant carries its setting",
    abstract: "With 4-bit weights, Wren-8B keeps 68.3% accuracy on ARC-Challenge.",
    expected: [
      {
        model: "Wren-8B",
        benchmark: "ARC-Challenge",
        value: 68.3,
        unit: "%",
        kind: "score",
        setting: "quantized (4-bit)",
      },
    ],
  },
  {
    name: "extra pre-training data is a setting, not the benchmark",
    abstract:
      "Heron-L reaches 51.0% AP on COCO. After pre-training on Objects365, Heron-L achieves 53.4% AP.",
    expected: [
      { model: "Heron-L", benchmark: "COCO", value: 51, unit: "%", kind: "score", setting: null },
      {
        model: "Heron-L",
        benchmark: "COCO",
        value: 53.4,
        unit: "%",
        kind: "score",
        setting: "Objects365 pre-training",
      },
    ],
  },
  {
    name: "a score's benchmark is never a model: an earlier benchmark is used instead",
    abstract:
      "We release TicketBench and a fine-tuned Ticket-Llama. Gemini 1.5 and GPT-4o resolve only 9.1% and 7.4% of tickets with Ticket-Llama as a reference.",
    expected: [
      { model: "Gemini 1.5", benchmark: "TicketBench", value: 9.1, unit: "%", kind: "score" },
      { model: "GPT-4o", benchmark: "TicketBench", value: 7.4, unit: "%", kind: "score" },
    ],
  },
];

/** Sentences whose numbers are sizes, counts, dates or settings: none may become a claim. */
/** Shapes met in real abstracts, each in a sentence written fresh: who owns a value, typed names, settings. */
export const SHAPE_CASES: readonly ExtractCase[] = [
  {
    name: "a bare number after a verb of result, on a benchmark-shaped name no list knows, is a score",
    abstract: "NovaLM-7B scores 45.3 on NovaBench-2.",
    expected: [
      { model: "NovaLM-7B", benchmark: "NovaBench-2", value: 45.3, unit: "", kind: "score", listed: true },
    ],
  },
  {
    name: "a score in the usual metric of the abstract's only known benchmark is on it",
    abstract:
      "KestrelDet-L reaches 55.1% AP at 48 FPS on a V100. We train KestrelDet only on MS COCO from scratch.",
    expected: [
      { model: "KestrelDet-L", benchmark: "COCO", value: 55.1, unit: "%", kind: "score", metric: "AP" },
      { model: "KestrelDet-L", benchmark: null, value: 48, unit: "FPS", kind: "score", metric: "FPS" },
    ],
  },
  {
    name: "'boosts the accuracy of X to N': N is X run the paper's way",
    title: "CurriMath: Curriculum Fine-Tuning",
    abstract: "Fine-tuning with CurriMath boosts the accuracy of Mistral-7B to 61.2% on MATH.",
    expected: [
      {
        model: "Mistral-7B + CurriMath",
        benchmark: "MATH",
        value: 61.2,
        unit: "%",
        kind: "score",
        metric: "accuracy",
        rule: "raises-to",
        selfReported: true,
        setting: null,
      },
    ],
  },
  {
    name: "without the method's name, X's improved row is set apart from X's own",
    abstract: "Fine-tuning with our curriculum boosts the accuracy of Gemma-2-9B to 58.4% on MATH.",
    expected: [
      {
        model: "Gemma-2-9B",
        benchmark: "MATH",
        value: 58.4,
        unit: "%",
        kind: "score",
        rule: "raises-to",
        setting: "with the paper's method",
      },
    ],
  },
  {
    name: "(A vs. B metric) after 'by a large margin' is two scores with the metric, not margins",
    abstract: "AlignNova outperforms SigLIP-L by a large margin (45.3 vs. 38.1 mAP) on LVIS.",
    expected: [
      {
        model: "AlignNova",
        benchmark: "LVIS",
        value: 45.3,
        unit: "",
        kind: "score",
        metric: "mAP",
        rule: "paren-versus",
      },
      {
        model: "SigLIP-L",
        benchmark: "LVIS",
        value: 38.1,
        unit: "",
        kind: "score",
        metric: "mAP",
        rule: "paren-versus",
      },
    ],
  },
  {
    name: "a benchmark list before 'respectively' ends at its verb, and decibels are a unit",
    abstract:
      "Experiments on ShapeNet and ModelNet40 show that PointNova-L achieves 94.1% and 93.0% accuracy, respectively. SRNova reaches 31.2 dB PSNR and 0.92 SSIM on DIV2K.",
    expected: [
      {
        model: "PointNova-L",
        benchmark: "ShapeNet",
        value: 94.1,
        unit: "%",
        kind: "score",
        rule: "value-list",
      },
      {
        model: "PointNova-L",
        benchmark: "ModelNet40",
        value: 93,
        unit: "%",
        kind: "score",
        rule: "value-list",
      },
      { model: "SRNova", benchmark: "DIV2K", value: 31.2, unit: "dB", kind: "score", metric: "PSNR" },
      { model: "SRNova", benchmark: "DIV2K", value: 0.92, unit: "", kind: "score", metric: "SSIM" },
    ],
  },
  {
    name: "a value in parentheses right after a benchmark in a list is on that benchmark",
    abstract:
      "PolyVLM achieves state-of-the-art results on VQAv2 (84.9%), TextVQA (72.6%) and ChartQA (81.0%).",
    expected: [
      { model: "PolyVLM", benchmark: "VQAv2", value: 84.9, unit: "%", kind: "score" },
      { model: "PolyVLM", benchmark: "TextVQA", value: 72.6, unit: "%", kind: "score" },
      { model: "PolyVLM", benchmark: "ChartQA", value: 81, unit: "%", kind: "score" },
    ],
  },
  {
    name: "a lower-case top-k is never the model",
    abstract: "Our best model, GridViT-H, obtains a top-1 accuracy of 88.2% on ImageNet.",
    expected: [
      {
        model: "GridViT-H",
        benchmark: "ImageNet",
        value: 88.2,
        unit: "%",
        kind: "score",
        metric: "top-1 accuracy",
      },
    ],
  },
  {
    name: "a comparison opening the clause after a few plain words ends at its comma",
    title: "BitSqueeze: Two-Bit Weights",
    abstract:
      "For instance, when compared to GPTQ, BitSqueeze improves the WikiText2 perplexity from 14.1 to 7.2.",
    expected: [
      {
        model: "BitSqueeze",
        benchmark: "WikiText2",
        value: 7.2,
        unit: "",
        kind: "score",
        metric: "perplexity",
        rule: "from-to",
      },
    ],
  },
  {
    name: "a comparison after a named subject stays a comparison",
    abstract:
      "We benchmark CodeMix against other instruction sets (Self-Instruct, OASST) and reach 41.5% pass@1 on HumanEval.",
    expected: [
      { model: "CodeMix", benchmark: "HumanEval", value: 41.5, unit: "%", kind: "score", metric: "pass@1" },
    ],
  },
  {
    name: "a bare 'val' split and a labeled-data fraction are settings; Recall@k keeps its k",
    abstract:
      "SegNova-L reaches 84.3 mIoU on Cityscapes val. With only 10% labeled data, SemiNova attains 72.4% mIoU on PASCAL VOC. RecNova improves Recall@20 from 0.1830 to 0.1954 on Gowalla.",
    expected: [
      {
        model: "SegNova-L",
        benchmark: "Cityscapes",
        value: 84.3,
        unit: "",
        kind: "score",
        metric: "mIoU",
        setting: "val",
      },
      {
        model: "SemiNova",
        benchmark: "PASCAL VOC",
        value: 72.4,
        unit: "%",
        kind: "score",
        metric: "mIoU",
        setting: "10% labeled data",
      },
      {
        model: "RecNova",
        benchmark: "Gowalla",
        value: 0.1954,
        unit: "",
        kind: "score",
        metric: "Recall@20",
        rule: "from-to",
      },
    ],
  },
  {
    name: "values paired with a list of splits each get their split as the setting",
    abstract: "On the LibriSpeech benchmark, our EchoNet reaches WER of 2.3%/5.1% on test/testother.",
    expected: [
      {
        model: "EchoNet",
        benchmark: "LibriSpeech",
        value: 2.3,
        unit: "%",
        kind: "score",
        rule: "value-list",
        setting: "test",
      },
      {
        model: "EchoNet",
        benchmark: "LibriSpeech",
        value: 5.1,
        unit: "%",
        kind: "score",
        rule: "value-list",
        setting: "test-other",
      },
    ],
  },
  {
    name: "decimals around a slash are two values; a known benchmark anywhere in the sentence is theirs",
    abstract: "Fine-tuning all of Librispeech, SpeechLM-2 achieves 1.7/3.6 WER on the clean/other test sets.",
    expected: [
      {
        model: "SpeechLM-2",
        benchmark: "Librispeech",
        value: 1.7,
        unit: "",
        kind: "score",
        metric: "WER",
        setting: "test-clean",
      },
      {
        model: "SpeechLM-2",
        benchmark: "Librispeech",
        value: 3.6,
        unit: "",
        kind: "score",
        metric: "WER",
        setting: "test-other",
      },
    ],
  },
  {
    name: "a described subject after 'we ..., resulting in' owns the value",
    title: "DeepQA v2: A Benchmark of Harder Questions",
    abstract:
      "We filter questions twice, resulting in human experts achieving only 61.2% accuracy on DeepQA v2.",
    expected: [
      {
        model: "human experts",
        benchmark: "DeepQA v2",
        value: 61.2,
        unit: "%",
        kind: "score",
        selfReported: false,
        listed: false,
      },
    ],
  },
  {
    name: "in a pruning paper, a model's pruned row is the paper's result",
    title: "SlimRoute: Serving MoEs by Expert Pruning",
    abstract: "Qwen3-235B keeps 88.1% accuracy on GSM8K when pruned to 16 of 128 experts.",
    expected: [
      {
        model: "Qwen3-235B",
        benchmark: "GSM8K",
        value: 88.1,
        unit: "%",
        kind: "score",
        setting: "pruned",
        selfReported: true,
      },
    ],
  },
  {
    name: "a metric naming a change ('accuracy improvement') is not carried to later values",
    abstract:
      "On Gemma-2B, SparseKV raises the attention sparsity from 0% to 55% with a slight accuracy improvement on SQuAD, and 0% to 48% on HellaSwag.",
    expected: [
      {
        model: "SparseKV",
        value: 55,
        unit: "%",
        kind: "score",
        rule: "from-to",
        metric: "sparsity",
        listed: false,
      },
      { model: "SparseKV", value: 0, unit: "%", kind: "score", metric: null, listed: false },
      {
        model: "SparseKV",
        benchmark: "HellaSwag",
        value: 48,
        unit: "%",
        kind: "score",
        metric: null,
        listed: false,
      },
    ],
  },
  {
    name: "one bare value in parentheses after a compared model is that model's",
    abstract: "GraspVLA reaches a success rate of 85.2% on LIBERO, outperforming OpenVLA (76.5%).",
    expected: [
      {
        model: "GraspVLA",
        benchmark: "LIBERO",
        value: 85.2,
        unit: "%",
        kind: "score",
        metric: "success rate",
      },
      {
        model: "OpenVLA",
        benchmark: "LIBERO",
        value: 76.5,
        unit: "%",
        kind: "score",
        metric: "success rate",
        rule: "name-paren-values",
      },
    ],
  },
  {
    name: "a measure no list knows, named before its value, is not given the sentence's other metric",
    abstract: "VoiceKit reaches a WER of 1.9% and a speaker similarity of 0.681 on LibriSpeech test-clean.",
    expected: [
      {
        model: "VoiceKit",
        benchmark: "LibriSpeech",
        value: 1.9,
        unit: "%",
        kind: "score",
        metric: "WER",
        setting: "test-clean",
      },
      {
        model: "VoiceKit",
        benchmark: "LibriSpeech",
        value: 0.681,
        unit: "",
        kind: "score",
        metric: "speaker similarity",
      },
    ],
  },
  {
    name: "metric names known whole keep all their words",
    abstract:
      "Our TransUNet-X reaches a Dice score of 89.3% on Synapse. DiffQL-2 obtains an average normalized score of 92.4 on D4RL.",
    expected: [
      {
        model: "TransUNet-X",
        benchmark: "Synapse",
        value: 89.3,
        unit: "%",
        kind: "score",
        metric: "Dice score",
      },
      {
        model: "DiffQL-2",
        benchmark: "D4RL",
        value: 92.4,
        unit: "",
        kind: "score",
        metric: "normalized score",
      },
    ],
  },
  {
    name: "a benchmark named before 'show that' does not hide the subject after it",
    abstract: "Experiments on ModelNet40 show that PointNeXt-S reaches 94.0% overall accuracy.",
    expected: [
      {
        model: "PointNeXt-S",
        benchmark: "ModelNet40",
        value: 94,
        unit: "%",
        kind: "score",
        metric: "overall accuracy",
      },
    ],
  },
  {
    name: "a capitalised word right after 'N% on' is the benchmark, known or not",
    title: "Tessel: Early Preview RL",
    abstract:
      "We propose Tessel, an RL recipe. Applied to a 1.5B model, it achieves 50.0% on AIME24, 77.1% on AMC, and 35.3% on Tessellate.",
    expected: [
      { model: "Tessel", benchmark: "AIME24", value: 50, unit: "%", kind: "score" },
      { model: "Tessel", benchmark: "AMC", value: 77.1, unit: "%", kind: "score" },
      { model: "Tessel", benchmark: "Tessellate", value: 35.3, unit: "%", kind: "score", listed: false },
    ],
  },
  {
    name: "best-of-N keeps its number in the metric, as pass@k does",
    abstract:
      "TinyMath-1B reaches 88.0% accuracy on GSM8K when picking the best answer from 64 sampled generations.",
    expected: [
      {
        model: "TinyMath-1B",
        benchmark: "GSM8K",
        value: 88,
        unit: "%",
        kind: "score",
        metric: "accuracy (best of 64)",
        setting: "best of 64",
      },
    ],
  },
  {
    name: "'respectively' pairs with a benchmark list named before, and a 'pass@1 rate of' is a result",
    abstract:
      "We evaluate SWE-Pilot on SWE-bench Lite and HumanEvalFix, reaching a pass@1 rate of 14.0% and 81.2%, respectively.",
    expected: [
      {
        model: "SWE-Pilot",
        benchmark: "SWE-bench Lite",
        value: 14,
        unit: "%",
        kind: "score",
        metric: "pass@1 rate",
      },
      {
        model: "SWE-Pilot",
        benchmark: "HumanEvalFix",
        value: 81.2,
        unit: "%",
        kind: "score",
        metric: "pass@1 rate",
      },
    ],
  },
  {
    name: "a described subject owns its value, not the paper's system",
    title: "GraphRAG-X: Retrieval Across Hops",
    abstract:
      "Even state-of-the-art LLMs struggle on HopQA, achieving 41% accuracy without retrieval, well below the human performance of 92%.",
    expected: [
      {
        model: "state-of-the-art LLMs",
        benchmark: "HopQA",
        value: 41,
        unit: "%",
        kind: "score",
        selfReported: false,
        listed: false,
      },
      {
        model: "human",
        benchmark: "HopQA",
        value: 92,
        unit: "%",
        kind: "score",
        selfReported: false,
        listed: false,
      },
    ],
  },
  {
    name: "a component used with three words between is no subject",
    title: "StreamASR: Dilated Streams for Speech",
    abstract:
      "Rescoring with a 24-layer self-attentive SRU language model, StreamASR achieves a WER of 1.9% on LibriSpeech.",
    expected: [
      {
        model: "StreamASR",
        benchmark: "LibriSpeech",
        value: 1.9,
        unit: "%",
        kind: "score",
        selfReported: true,
      },
    ],
  },
  {
    name: "measures in parentheses after a name belong to it, even after 'outperforms'",
    abstract:
      "Our KiteDet-L detector (48 FPS T4, 54.1% AP) outperforms Swin-B Mask R-CNN (11.5 FPS T4, 51.9% AP) on COCO.",
    expected: [
      { model: "KiteDet-L", value: 48, unit: "FPS", kind: "score", rule: "name-paren-values", metric: "FPS" },
      { model: "KiteDet-L", value: 54.1, unit: "%", kind: "score", rule: "name-paren-values", metric: "AP" },
      {
        model: "Swin-B Mask R-CNN",
        value: 11.5,
        unit: "FPS",
        kind: "score",
        rule: "name-paren-values",
        selfReported: false,
      },
      {
        model: "Swin-B Mask R-CNN",
        value: 51.9,
        unit: "%",
        kind: "score",
        rule: "name-paren-values",
        selfReported: false,
      },
    ],
  },
  {
    name: "a bare number on a benchmark the gazetteer knows is a score",
    abstract: "For text-to-image generation, PixelFlow-XL achieves 0.79 on GenEval and 84.2 on DPG-Bench.",
    expected: [
      { model: "PixelFlow-XL", benchmark: "GenEval", value: 0.79, unit: "", kind: "score" },
      { model: "PixelFlow-XL", benchmark: "DPG-Bench", value: 84.2, unit: "", kind: "score" },
    ],
  },
  {
    name: "a family name with a tier is one model ('Gemini Ultra')",
    abstract: "Even Claude Opus and Gemini Ultra only reach accuracies of 41% and 44% respectively on MMMU.",
    expected: [
      {
        model: "Claude Opus",
        benchmark: "MMMU",
        value: 41,
        unit: "%",
        kind: "score",
        rule: "value-list",
        metric: "accuracy",
      },
      { model: "Gemini Ultra", benchmark: "MMMU", value: 44, unit: "%", kind: "score", rule: "value-list" },
    ],
  },
  {
    name: "a metric phrase opening with a known benchmark names the benchmark",
    abstract:
      "Built from plain convolutions, GridNet-L competes with transformers, achieving 86.1% ImageNet top-1 accuracy.",
    expected: [
      {
        model: "GridNet-L",
        benchmark: "ImageNet",
        value: 86.1,
        unit: "%",
        kind: "score",
        metric: "top-1 accuracy",
      },
    ],
  },
  {
    name: "parallel changes: each baseline before its own 'from'",
    title: "MathSearch: Deliberate Steps",
    abstract: "It lifts Qwen2-7B from 50.1% to 71.3% and Phi-3-mini from 40.2% to 66.0% on MATH.",
    expected: [
      {
        model: "Qwen2-7B",
        benchmark: "MATH",
        value: 50.1,
        unit: "%",
        kind: "score",
        rule: "from-to",
        selfReported: false,
      },
      {
        model: "Qwen2-7B + MathSearch",
        benchmark: "MATH",
        value: 71.3,
        unit: "%",
        kind: "score",
        rule: "from-to",
        selfReported: true,
      },
      {
        model: "Phi-3-mini",
        benchmark: "MATH",
        value: 40.2,
        unit: "%",
        kind: "score",
        rule: "from-to",
        selfReported: false,
        setting: null,
      },
      {
        model: "Phi-3-mini + MathSearch",
        benchmark: "MATH",
        value: 66,
        unit: "%",
        kind: "score",
        rule: "from-to",
        selfReported: true,
      },
    ],
  },
  {
    name: "an arrow change: A is the baseline's, B the baseline run the paper's way",
    title: "StepJudge: Rewarding Every Step",
    abstract:
      "It raises the accuracy of Gemma-2-9B (61.0\\%$\\to$66.4\\% on GSM8K and 20.5\\%$\\to$24.9\\% on MATH).",
    expected: [
      {
        model: "Gemma-2-9B",
        benchmark: "GSM8K",
        value: 61,
        unit: "%",
        kind: "score",
        rule: "value-arrow",
        selfReported: false,
      },
      {
        model: "Gemma-2-9B + StepJudge",
        benchmark: "GSM8K",
        value: 66.4,
        unit: "%",
        kind: "score",
        rule: "value-arrow",
        selfReported: true,
      },
      {
        model: "Gemma-2-9B",
        benchmark: "MATH",
        value: 20.5,
        unit: "%",
        kind: "score",
        rule: "value-arrow",
        selfReported: false,
      },
      {
        model: "Gemma-2-9B + StepJudge",
        benchmark: "MATH",
        value: 24.9,
        unit: "%",
        kind: "score",
        rule: "value-arrow",
        selfReported: true,
      },
    ],
  },
  {
    name: "a name the paper gives with 'dubbed' is its own system",
    abstract:
      "We revisit recurrent designs and arrive at a family of models dubbed LoomNet. On ImageNet-1K, LoomNet-B reaches 83.0% top-1 accuracy.",
    expected: [
      {
        model: "LoomNet-B",
        benchmark: "ImageNet-1K",
        value: 83,
        unit: "%",
        kind: "score",
        selfReported: true,
      },
    ],
  },
  {
    name: "'our model X' and 'our largest X models' are the paper's own",
    abstract:
      "Trained on public data only, our model Corvid-13B obtains 61.5% accuracy on GPQA. Our largest Corvid-XL models reach an FID of 3.1 on ImageNet.",
    expected: [
      { model: "Corvid-13B", benchmark: "GPQA", value: 61.5, unit: "%", kind: "score", selfReported: true },
      {
        model: "Corvid-XL",
        benchmark: "ImageNet",
        value: 3.1,
        unit: "",
        kind: "score",
        metric: "FID",
        selfReported: true,
      },
    ],
  },
  {
    name: "'improves X from A to B': A is X's own, B is X run the paper's way",
    abstract: "Without any extra data, the procedure improves Mistral-7B from 40.2% to 52.8% on GSM8K.",
    expected: [
      {
        model: "Mistral-7B",
        benchmark: "GSM8K",
        value: 40.2,
        unit: "%",
        kind: "score",
        rule: "from-to",
        selfReported: false,
        setting: null,
      },
      {
        model: "Mistral-7B",
        benchmark: "GSM8K",
        value: 52.8,
        unit: "%",
        kind: "score",
        rule: "from-to",
        selfReported: true,
        setting: "with the paper's method",
      },
    ],
  },
  {
    name: "a plural acronym names the family of its sized variants",
    abstract:
      "We study Sparse Routing Transformers (SRTs) at scale. SRT-L/4 attains an FID of 4.2 on ImageNet 256x256.",
    expected: [{ model: "SRT-L/4", value: 4.2, unit: "", kind: "score", metric: "FID", selfReported: true }],
  },
];

export const NOT_CLAIM_CASES: readonly { name: string; abstract: string; values: number[] }[] = [
  {
    name: "a batch size on a known benchmark is configuration",
    abstract: "We train NovaLM with a batch of 256 on ImageNet-21K.",
    values: [256],
  },
  {
    name: "a bare number on a named set without a verb of result",
    abstract: "NovaLM-7B uses 45 on NovaBench-2 for tuning.",
    values: [45],
  },
  {
    name: "whole numbers around a slash are a configuration",
    abstract: "MoEPrune keeps 8/128 experts per token on GSM8K.",
    values: [8, 128],
  },
  {
    name: "a bare number on something not a known benchmark",
    abstract: "SlimLM-3B runs 12 on average GPUs and 4 on phones.",
    values: [12, 4],
  },
  {
    name: "parameter counts",
    abstract: "We train a 671B parameter model and a 7B variant.",
    values: [671, 7],
  },
  {
    name: "GPU counts",
    abstract: "DeepSeek-V3, trained on 2,048 NVIDIA H800 GPUs, is efficient.",
    values: [2048],
  },
  {
    name: "dataset sizes",
    abstract: "The benchmark contains 26,698 questions across 12 domains.",
    values: [26698, 12],
  },
  { name: "years", abstract: "Results on the 2024 edition improve over 2023.", values: [2024, 2023] },
  {
    name: "configurations",
    abstract: "The model is pruned to 8/128 configuration with aggressive 4/64 pruning.",
    values: [8, 128, 4, 64],
  },
  {
    name: "data fractions",
    abstract: "ModelQ, fine-tuned on only 40% of the training data, converges quickly.",
    values: [40],
  },
  {
    name: "token budgets",
    abstract: "We pretrain on 555B tokens with a 32K-token context length.",
    values: [555, 32],
  },
  {
    name: "parenthesised settings",
    abstract: "Pruning to 8/32 (87.5% expert reduction) keeps the model usable.",
    values: [87.5],
  },
  { name: "rank numbers", abstract: "EmbedX ranks No. 1 on the leaderboard.", values: [1] },
  {
    name: "versions inside names",
    abstract: "Seedream 3.0 demonstrates significant improvements over Seedream 2.0.",
    values: [3, 2],
  },
  {
    name: "sample counts",
    abstract: "Coverage grows with 10,000 samples and 250 attempts.",
    values: [10000, 250],
  },
  {
    name: "bit widths",
    abstract: "LayerQ stores weights in 16-bit precision and computes in FP32.",
    values: [16, 32],
  },
  {
    name: "compression settings",
    abstract: "Our model has only 50% compression rate of ours at a budget of 64 tokens.",
    values: [50, 64],
  },
  {
    name: "latency constraints",
    abstract: "The system sustains service under 50 ms TPOT SLA.",
    values: [50],
  },
  {
    name: "hardware model numbers",
    abstract: "The 3B model can be deployed for inference on a single NVIDIA 3090 GPU.",
    values: [3090],
  },
  { name: "empty abstract", abstract: "", values: [] },
];

/**
 * Wrong leaderboard rows seen in real output: the named field must never take the named value on
 * a listed claim (it may still be found, unlisted, for /claims and the paper page).
 */
export interface WrongRowCase {
  name: string;
  abstract: string;
  title?: string;
  never: { model?: string; benchmark?: string; metric?: string };
  /** "all": not even an unlisted claim may have the field (a typing error, not a doubt). */
  scope?: "listed" | "all";
}

export const WRONG_ROW_CASES: readonly WrongRowCase[] = [
  {
    name: "a metric as the model",
    abstract: "On LibriSpeech, WER falls to 2.3% with our streaming decoder.",
    never: { model: "WER" },
  },
  {
    name: "an acronym metric as the model",
    abstract: "AUROC reaches 91.2% on ImageNet-O for our detector OODNet.",
    never: { model: "AUROC" },
  },
  {
    name: "a model as the benchmark",
    abstract: "Our PromptFix attains 88.1% accuracy on GPT-3.5-Turbo.",
    never: { benchmark: "GPT-3.5-Turbo" },
  },
  {
    name: "an encoder as the benchmark",
    abstract: "Fine-tuned on BERT-large, TagNet reaches 92.4% F1.",
    never: { benchmark: "BERT-large" },
  },
  {
    name: "a metric as the benchmark",
    abstract: "TrackZ improves tracking, reaching 79.5% on IDF1.",
    never: { benchmark: "IDF1" },
  },
  {
    name: "a benchmark paper's name as the model",
    title: "QuestBench v2: Harder Questions for Agents",
    abstract: "Human experts reach only 48.2% accuracy, and the best model reaches 41.0%.",
    never: { model: "QuestBench v2" },
  },
  {
    name: "a counted set of tasks as the benchmark",
    abstract: "In simulation, GraspNova reaches a 92% success rate across 10 tasks.",
    never: { benchmark: "10 tasks" },
  },
  {
    name: "a vague set as the benchmark",
    abstract: "Zephyrus-2B attains 64.0% on a broad range of benchmarks.",
    never: { benchmark: "broad range of benchmarks" },
  },
  {
    name: "sparsity is not a leaderboard score",
    abstract: "FlowLM reaches 62% sparsity on SQuAD.",
    never: { metric: "sparsity" },
  },
  {
    name: "top-3 accuracy is not accuracy",
    abstract: "RankNet-S reaches 91.0% top-3 accuracy on ImageNet-1K.",
    never: { metric: "accuracy" },
  },
  {
    name: "the paper's own model shaped like a benchmark",
    title: "CodeFixBench: Repairing Real Repositories",
    abstract:
      "We introduce CodeFixBench, a benchmark of 500 issues. Our evaluations show that our fine-tuned model SWE-Coder fixes only simple issues. GPT-4 resolves a mere 1.7% of instances.",
    never: { benchmark: "SWE-Coder" },
    scope: "all",
  },
  {
    name: "a metric defined in the abstract as the model",
    abstract:
      "Our work is the first comparison of speech tokens in LLM-based ASR and explores many decoders. We present an open-sourced achievement of a state-of-the-art Word Error Rate (WER) of 1.71% on LibriSpeech using a HuBERT encoder.",
    never: { model: "WER" },
    scope: "all",
  },
  {
    name: "a plural acronym as the model",
    abstract: "On GPQA, PhDs in other fields reach 34% accuracy.",
    never: { model: "PhDs" },
  },
  {
    name: "a benchmark as the metric",
    abstract: "After RL, Zeta-1.5B reaches 70.0% on AMC23 and AIME24 reaching 41.2%.",
    never: { metric: "AIME24" },
  },
];
