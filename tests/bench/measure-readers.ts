/** Corpus readers at size: a 20,000-entry arXiv Atom feed and a 20,000-line JSON Lines file. */
import { readCorpus } from "../../extract/read";

export interface ReaderFigures {
  atomMb: number;
  atomSeconds: number;
  jsonlMb: number;
  jsonlSeconds: number;
}

const ENTRIES = 20_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(text: string, file: string): number {
  return median(
    [0, 1, 2].map(() => {
      const start = performance.now();
      readCorpus(text, file);
      return (performance.now() - start) / 1000;
    }),
  );
}

export function measureReaders(papers: readonly { title: string; abstract: string }[]): ReaderFigures {
  const some = Array.from({ length: ENTRIES }, (_, i) => papers[i % papers.length]!);
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const atom = `<feed>\n${some.map((p, i) => `<entry>\n<id>http://arxiv.org/abs/2501.${String(i).padStart(5, "0")}v1</id>\n<title>${escape(p.title)}</title>\n<summary>${escape(p.abstract)}</summary>\n</entry>`).join("\n")}\n</feed>`;
  const jsonl = some.map((p) => JSON.stringify(p)).join("\n");
  return {
    atomMb: atom.length / 1e6,
    atomSeconds: time(atom, "feed.xml"),
    jsonlMb: jsonl.length / 1e6,
    jsonlSeconds: time(jsonl, "corpus.jsonl"),
  };
}
