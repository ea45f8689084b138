/** Reads a corpus file's text in whichever of the four formats it is in. Pure: the caller does the I/O. */
import { readArxivAtom } from "./arxiv-atom";
import { readDailyText } from "./daily-text";
import { readHfDaily } from "./hf-daily";
import { readJsonLines } from "./jsonl";
import type { CorpusFormat, ReadResult } from "./record";

export * from "./record";

const READERS: Record<CorpusFormat, (text: string, file: string) => Pick<ReadResult, "papers" | "problems">> =
  {
    "arxiv-atom": readArxivAtom,
    "hf-daily-json": readHfDaily,
    jsonl: readJsonLines,
    "daily-papers-text": readDailyText,
  };

export function detectFormat(text: string): CorpusFormat {
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("<")) return "arxiv-atom";
  if (head.startsWith("[")) return "hf-daily-json";
  if (head.startsWith("{")) return "jsonl";
  return "daily-papers-text";
}

/** NUL bytes, or many control and undecodable characters, mean the file is not text at all. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.includes("\u0000")) return true;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd > sample.length / 20;
}

export function readCorpus(raw: string, file: string): ReadResult {
  // A UTF-8 byte-order mark (Windows editors, Excel exports) is not part of the first record.
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  const format = detectFormat(text);
  if (text.trim() === "")
    return { format, papers: [], problems: [{ file, line: 1, message: "file is empty" }], warnings: [] };
  if (looksBinary(text))
    return {
      format,
      papers: [],
      problems: [{ file, line: 1, message: "not a text file (binary data)" }],
      warnings: [],
    };
  const { papers, problems } = READERS[format](text, file);
  // A record keeps its place when only an optional field is unusable; the field is dropped with a warning.
  const warnings = papers.flatMap((p) => (p.warning ? [{ file, line: p.line, message: p.warning }] : []));
  return { format, papers: papers.map(({ warning: _, ...paper }) => paper), problems, warnings };
}
