/** Reads corpus files from disk for the command-line tools, reporting bad records on stderr. */
import { readFileSync, statSync } from "node:fs";
import { readCorpus, type PaperInput, type ReadProblem } from "../../extract/read";

export interface LoadedCorpus {
  papers: PaperInput[];
  problems: ReadProblem[];
  warnings: ReadProblem[];
}

/** Files past this size are refused unless CLAIMBOARD_MAX_FILE_MB says otherwise (README: limits). */
export const DEFAULT_MAX_FILE_MB = 512;

export class FileReadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: cannot read file (${reason})`);
  }
}

export function loadCorpusFiles(files: readonly string[]): LoadedCorpus {
  const loaded: LoadedCorpus = { papers: [], problems: [], warnings: [] };
  for (const file of files) {
    const { text, warning } = readTextFile(file);
    const result = readCorpus(text, file);
    loaded.papers.push(...result.papers);
    loaded.problems.push(...result.problems);
    loaded.warnings.push(...(warning ? [warning] : []), ...result.warnings);
  }
  return loaded;
}

/** A file's text, checked (a regular file within the size cap) and decoded (a warning for bad UTF-8). */
export function readTextFile(file: string): { text: string; warning?: ReadProblem } {
  return decodeFile(file, readChecked(file));
}

/** Only a regular file within the size cap is opened: /dev/zero would never end, a FIFO never start. */
function readChecked(file: string): Buffer {
  const maxMb = Number(process.env.CLAIMBOARD_MAX_FILE_MB || DEFAULT_MAX_FILE_MB);
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new FileReadError(file, "not a regular file");
    if (stat.size > maxMb * 1024 * 1024)
      throw new FileReadError(file, `larger than ${maxMb} MB; set CLAIMBOARD_MAX_FILE_MB to raise the limit`);
    return readFileSync(file);
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    throw new FileReadError(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
}

/** UTF-8 with replacement characters where bytes are invalid, and a warning naming the first one. */
function decodeFile(file: string, bytes: Buffer): { text: string; warning?: ReadProblem } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = bytes.subarray(0, offset).toString("latin1").split("\n").length;
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    return {
      text,
      warning: {
        file,
        line,
        message: `invalid UTF-8 at byte offset ${offset}: read with replacement characters`,
      },
    };
  }
}

/** The first byte where the prefix stops being valid UTF-8 (binary search over fatal decodes). */
function firstInvalidByte(bytes: Buffer): number {
  const valid = (end: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (valid(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function reportProblems(
  problems: readonly ReadProblem[],
  papers: number,
  warnings: readonly ReadProblem[] = [],
): void {
  for (const w of warnings) process.stderr.write(`${w.file}:${w.line}: warning: ${w.message}\n`);
  for (const p of problems) process.stderr.write(`${p.file}:${p.line}: skipped: ${p.message}\n`);
  process.stderr.write(`read ${papers} papers, skipped ${problems.length} bad records\n`);
}
