/** JSON Lines: one `{title, abstract, ...}` object per line; unknown fields are ignored. */
import { isProblem, toPaperInput, type PaperInput, type ReadProblem } from "./record";

export function readJsonLines(text: string, file: string): { papers: PaperInput[]; problems: ReadProblem[] } {
  const papers: PaperInput[] = [];
  const problems: ReadProblem[] = [];
  const spread = spreadObject(text, file);
  if (spread) return { papers, problems: [spread] };
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

/** A pretty-printed object (or an HF export saved as one object) is not JSON Lines: say what it is. */
function spreadObject(text: string, file: string): ReadProblem | null {
  const firstLine = text.trimStart().split(/\r?\n/, 1)[0] ?? "";
  if (isJson(firstLine) || !text.trim().includes("\n")) return null;
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    return null;
  }
  if (whole === null || typeof whole !== "object" || Array.isArray(whole)) return null;
  return {
    file,
    line: 1,
    message:
      "the file is one JSON object spread over several lines; expected JSON Lines (one {title, abstract} object per line) or the Hugging Face daily-papers array ([{paper: ...}, ...])",
  };
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
