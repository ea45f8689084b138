/** Reads corpus files from disk for the command-line tools, reporting bad records on stderr. */
import { readFileSync } from "node:fs";
import { readCorpus, type PaperInput, type ReadProblem } from "../../extract/read";

export interface LoadedCorpus {
  papers: PaperInput[];
  problems: ReadProblem[];
}

export class FileReadError extends Error {
  constructor(readonly file: string, cause: unknown) {
    super(`${file}: cannot read file (${(cause as Error).message})`);
  }
}

export function loadCorpusFiles(files: readonly string[]): LoadedCorpus {
  const papers: PaperInput[] = [];
  const problems: ReadProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new FileReadError(file, error);
    }
    const result = readCorpus(text, file);
    papers.push(...result.papers);
    problems.push(...result.problems);
  }
  return { papers, problems };
}

export function reportProblems(problems: readonly ReadProblem[], papers: number): void {
  for (const p of problems) process.stderr.write(`${p.file}:${p.line}: skipped: ${p.message}\n`);
  process.stderr.write(`read ${papers} papers, skipped ${problems.length} bad records\n`);
}
