/**
 * `npm run eval` over missing or broken gold and corpus files: exit 1 and one line naming the file
 * (and line), never a stack. "{DIR}" stands for the test's scratch directory.
 */
const GOLD_LINE = JSON.stringify({ title: "GoodNet: Fine", claims: [] });
const CORPUS_LINE = JSON.stringify({
  title: "GoodNet: Fine",
  abstract: "GoodNet reaches 81.5% on CIFAR-10.",
});

export interface EvalCliCase {
  name: string;
  files: Record<string, string>;
  gold: string;
  corpus: string;
  stderr: string;
}

export const EVAL_CLI_CASES: EvalCliCase[] = [
  {
    name: "a gold file that does not exist",
    files: { "corpus.jsonl": CORPUS_LINE },
    gold: "missing.jsonl",
    corpus: "corpus.jsonl",
    stderr: "eval: {DIR}/missing.jsonl: cannot read file (ENOENT)",
  },
  {
    name: "a corpus file that does not exist",
    files: { "gold.jsonl": GOLD_LINE },
    gold: "gold.jsonl",
    corpus: "missing.jsonl",
    stderr: "eval: {DIR}/missing.jsonl: cannot read file (ENOENT)",
  },
  {
    name: "a gold line that is not JSON",
    files: { "gold.jsonl": `${GOLD_LINE}\n{"title": oops\n`, "corpus.jsonl": CORPUS_LINE },
    gold: "gold.jsonl",
    corpus: "corpus.jsonl",
    stderr: "eval: {DIR}/gold.jsonl:2: not a JSON object",
  },
  {
    name: "a gold line without its title",
    files: { "gold.jsonl": `${GOLD_LINE}\n{"claims": []}\n`, "corpus.jsonl": CORPUS_LINE },
    gold: "gold.jsonl",
    corpus: "corpus.jsonl",
    stderr: "eval: {DIR}/gold.jsonl:2: title: ",
  },
];
