/** One paper as read from any corpus format, validated with zod. */
import { z } from "zod";
import { normaliseText } from "../normalise";

/** Exporters (pandas, most JSON writers) write a missing optional field as null: read it as absent. */
const optional = <T extends z.ZodType>(schema: T) =>
  schema
    .nullish()
    .transform((v) => v ?? undefined)
    .optional();

export const PaperRecordSchema = z.object({
  title: z.string().trim().min(1, "title is empty"),
  abstract: z.string().trim().min(1, "abstract is empty"),
  arxiv_id: optional(z.string().trim().min(1)),
  url: optional(z.string().trim()),
  published: optional(z.string().trim().min(4)),
  authors: optional(z.array(z.string())),
  id: optional(z.union([z.string(), z.number()])),
});

export type PaperRecord = z.infer<typeof PaperRecordSchema>;

export type CorpusFormat = "daily-papers-text" | "jsonl" | "hf-daily-json" | "arxiv-atom";

/** A record ready for extraction: display text normalised, the source text kept. */
export interface PaperInput extends Omit<PaperRecord, "title" | "abstract"> {
  title: string;
  abstract: string;
  abstract_raw: string;
  source: string;
  /** 1-based line of the record in its file (item number for JSON arrays). */
  line: number;
  /** Set when an optional field was dropped (readCorpus turns it into a warning). */
  warning?: string;
}

export interface ReadProblem {
  file: string;
  line: number;
  message: string;
}

export interface ReadResult {
  format: CorpusFormat;
  papers: PaperInput[];
  /** Records skipped, each with file, line and field. */
  problems: ReadProblem[];
  /** Records kept with an optional field dropped. */
  warnings: ReadProblem[];
}

/** Validates one raw record; a problem names the file, the line and the field. */
export function toPaperInput(raw: unknown, file: string, line: number): PaperInput | ReadProblem {
  const parsed = PaperRecordSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "record";
    return { file, line, message: `${field}: ${issue?.message ?? "invalid"}` };
  }
  const { url, ...record } = parsed.data;
  const safeUrl = url === undefined || isWebUrl(url) ? url : undefined;
  return {
    ...record,
    ...(safeUrl === undefined ? {} : { url: safeUrl }),
    ...(url !== undefined && safeUrl === undefined
      ? { warning: `url: dropped (only http and https links are kept): ${url.slice(0, 80)}` }
      : {}),
    title: normaliseText(record.title),
    abstract: normaliseText(record.abstract),
    abstract_raw: record.abstract,
    source: file,
    line,
  };
}

/** Only http(s) links are stored: a javascript:, data: or vbscript: "Source" link would run in a reader's browser. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

export function isProblem(x: PaperInput | ReadProblem): x is ReadProblem {
  return "message" in x;
}
