/** What the search finds on the seeded fixture, and input that must find nothing without failing. */
export const SEARCH_CASES: readonly {
  name: string;
  q: string;
  model?: string;
  benchmark?: string;
  /** The first paper found, by title prefix. */
  firstPaper?: string;
}[] = [
  { name: "a model by part of its name", q: "deepseek-v", model: "DeepSeek-V3" },
  { name: "a benchmark by its name", q: "coco", benchmark: "COCO" },
  { name: "a paper by its arXiv id", q: "2504.21801", firstPaper: "DeepSeek-Prover-V2" },
  {
    name: "a paper by words of its title, the last one typed in part",
    q: "real-time obj",
    firstPaper: "DETRs Beat YOLOs",
  },
  {
    name: "a paper by words only its abstract holds",
    q: "Objects365 pre-training",
    firstPaper: "DETRs Beat YOLOs",
  },
];

/** Search syntax and odd bytes are words to look for, never syntax: no error, and nothing odd found. */
export const HOSTILE_SEARCHES: readonly string[] = [
  '"',
  "*",
  "title : x",
  "NEAR(a b)",
  "a OR b AND NOT c",
  "%_%",
  "' OR 1=1 --",
  "\u0000",
  "😀",
  "x".repeat(200),
];
