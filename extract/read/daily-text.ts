/**
 * The raw daily-papers text dump: a few header lines, then per paper a title line, a blank line
 * and an abstract line. Header lines before the first paper are skipped; a title with no abstract
 * after the first paper is reported with its line.
 */
import { isProblem, toPaperInput, type PaperInput, type ReadProblem } from "./record";

// An abstract is a long line of running text; a title is a short line.
const MIN_ABSTRACT_CHARS = 200;
const MAX_TITLE_CHARS = 400;

export function readDailyText(text: string, file: string): { papers: PaperInput[]; problems: ReadProblem[] } {
  const lines = text
    .split(/\r?\n/)
    .map((t, i) => ({ text: t.trim(), line: i + 1 }))
    .filter((l) => l.text !== "");
  const papers: PaperInput[] = [];
  const problems: ReadProblem[] = [];
  let i = 0;
  while (i < lines.length) {
    const title = lines[i]!;
    const body = lines[i + 1];
    const isPair =
      body !== undefined &&
      title.text.length <= MAX_TITLE_CHARS &&
      title.text.length < MIN_ABSTRACT_CHARS &&
      body.text.length >= MIN_ABSTRACT_CHARS;
    if (!isPair) {
      if (papers.length > 0 || title.text.length >= MIN_ABSTRACT_CHARS) {
        problems.push({
          file,
          line: title.line,
          message:
            title.text.length >= MIN_ABSTRACT_CHARS
              ? "abstract without a title line before it"
              : "title line without an abstract after it",
        });
      }
      i++;
      continue;
    }
    const result = toPaperInput({ title: title.text, abstract: body.text }, file, title.line);
    if (isProblem(result)) problems.push(result);
    else papers.push(result);
    i += 2;
  }
  return { papers, problems };
}
