/**
 * A deterministic synthetic corpus: abstracts recombined from the bundled corpus's sentences, with
 * model names, benchmark names and numbers varied, so the extractor does the same kind of work it
 * does on real abstracts. Seeded: the same seed gives the same corpus.
 */
import { readFileSync } from "node:fs";
import type { PaperInput } from "../../extract/read";
import { readCorpus } from "../../extract/read";

/** mulberry32: a small, well-known seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MODEL_STEMS = [
  "Orca",
  "Falcon",
  "Helix",
  "Nova",
  "Vega",
  "Lumen",
  "Atlas",
  "Quasar",
  "Zephyr",
  "Kestrel",
  "Tern",
  "Cobalt",
];
const BENCHMARKS = [
  "MMLU",
  "GSM8K",
  "HumanEval",
  "MATH500",
  "AIME2024",
  "COCO",
  "ImageNet-1K",
  "LiveCodeBench",
  "SWE-bench Lite",
  "GPQA",
  "MT-Bench",
  "LongBench",
];

export function loadSentences(corpus = "db/seed/daily-papers.txt"): string[] {
  const papers = readCorpus(readFileSync(corpus, "utf8"), corpus).papers;
  return papers.flatMap((p) => p.abstract.split(/(?<=[.!?])\s+(?=[A-Z])/)).filter((s) => s.length > 30);
}

export function synthesise(count: number, seed = 42, sentences = loadSentences()): PaperInput[] {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const out: PaperInput[] = [];
  for (let i = 0; i < count; i++) {
    const model = `${pick(MODEL_STEMS)}-${1 + Math.floor(next() * 9)}${pick(["B", "", "-Pro", "-Mini"])}`;
    const bench = pick(BENCHMARKS);
    const body: string[] = [];
    const n = 5 + Math.floor(next() * 5);
    for (let s = 0; s < n; s++) body.push(vary(pick(sentences), model, bench, next));
    body.push(
      `${model} achieves ${(40 + next() * 55).toFixed(1)}% accuracy on ${bench}, outperforming prior work by ${(next() * 9).toFixed(1)} points.`,
    );
    const abstract = body.join(" ");
    out.push({
      title: `${model}: Synthetic Study ${i}`,
      abstract,
      abstract_raw: abstract,
      source: "synthetic",
      line: i + 1,
    });
  }
  return out;
}

/** Swaps numbers and the names that look like models or benchmarks for fresh ones. */
function vary(sentence: string, model: string, bench: string, next: () => number): string {
  return sentence
    .replace(/\b\d+(?:\.\d+)?(?=%| ?x\b| points)/g, () => (next() * 100).toFixed(1))
    .replace(/\b(?:DeepSeek|Qwen|Llama|GPT)-[\w.-]+/g, model)
    .replace(/\b(?:MMLU|GSM8K|COCO|AIME\d*|MATH\d*)\b/g, bench);
}
