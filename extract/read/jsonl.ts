/** JSON Lines: one `{title, abstract, ...}` object per line; unknown fields are ignored. */
import { isProblem, toPaperInput, type PaperInput, type ReadProblem } from "./record";

export function readJsonLines(text: string, file: string): { papers: PaperInput[]; problems: ReadProblem[] } {
  const papers: PaperInput[] = [];
  const problems: ReadProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push({ file, line, message: `not valid JSON (${(error as Error).message})` });
      return;
    }
    const result = toPaperInput(value, file, line);
    if (isProblem(result)) problems.push(result);
    else papers.push(result);
  });
  return { papers, problems };
}
