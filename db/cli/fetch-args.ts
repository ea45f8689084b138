/** Arguments of `npm run fetch`, checked by zod; every message names the flag and what it takes. */
import { parseArgs } from "node:util";
import { z } from "zod";
import { DEFAULT_ARCHIVE_DIR } from "../fetch/archive";
import { UsageError } from "./ingest-args";

export const FETCH_USAGE = [
  "usage: fetch hf-daily [--from YYYY-MM-DD] [--to YYYY-MM-DD]",
  "       fetch arxiv (--query 'cat:cs.CL AND abs:benchmark' [--max N] | --ids ID,ID... [--refresh])",
  "  common: [--db PATH|URL] [--archive DIR] [--base-url URL] [--dry-run] [--watch [--every-hours N]]",
  "          [--timeout-ms N] [--retries N] [--max-seconds N] [--page-size N] [--delay-ms N]",
].join("\n");

const day = (flag: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${flag} must be a date as YYYY-MM-DD, e.g. ${flag} 2026-11-01`)
    // Only a well-formed date is checked against the calendar (2026-02-30 is not a day).
    .refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || isCalendarDay(d), `${flag} is not a calendar date`)
    .optional();

function isCalendarDay(d: string): boolean {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
}

const whole = (flag: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${flag} must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `${flag} must be at least ${min}`).max(max, `${flag} must be at most ${max}`))
    .optional();

const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;

const FetchArgs = z
  .object({
    source: z.enum(["hf-daily", "arxiv"], {
      error: () => `the source must be hf-daily or arxiv\n${FETCH_USAGE}`,
    }),
    from: day("--from"),
    to: day("--to"),
    query: z
      .string()
      .trim()
      .min(1, "--query needs a search query, e.g. --query 'cat:cs.CL'")
      .max(1000)
      .optional(),
    ids: z
      .string()
      .transform((s) =>
        s
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(z.string().regex(ARXIV_ID, "--ids takes arXiv ids such as 2303.16900 or 2303.16900v2"))
          .min(1, "--ids needs at least one arXiv id")
          .max(10_000),
      )
      .optional(),
    max: whole("--max", 1, 30_000).default(2000),
    "page-size": whole("--page-size", 1, 2000).default(100),
    db: z.string().min(1, "--db needs a path or a postgres:// URL").optional(),
    archive: z.string().min(1, "--archive needs a directory").default(DEFAULT_ARCHIVE_DIR),
    "base-url": z
      .url({
        protocol: /^https?$/,
        error: "--base-url must be an http(s) URL such as https://huggingface.co",
      })
      .optional(),
    "dry-run": z.boolean().default(false),
    refresh: z.boolean().default(false),
    watch: z.boolean().default(false),
    "every-hours": whole("--every-hours", 1, 168).default(24),
    "timeout-ms": whole("--timeout-ms", 100, 600_000).default(30_000),
    retries: whole("--retries", 0, 10).default(4),
    "max-seconds": whole("--max-seconds", 1, 86_400).default(1800),
    "delay-ms": whole("--delay-ms", 0, 60_000),
  })
  .superRefine((a, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: "custom", message });
    if (a.source === "arxiv" && !a.query === !a.ids) problem("arxiv needs exactly one of --query or --ids");
    if (a.source === "hf-daily" && (a.query || a.ids))
      problem("--query and --ids are for arxiv, not hf-daily");
    if (a.source === "arxiv" && (a.from || a.to))
      problem("--from and --to are for hf-daily; arxiv takes --query or --ids");
    if (a.from && a.to && a.from > a.to) problem(`--from ${a.from} is after --to ${a.to}`);
    // arXiv's terms: no more than one request every three seconds to its own servers.
    if (a.source === "arxiv" && !a["base-url"] && a["delay-ms"] !== undefined && a["delay-ms"] < 3000)
      problem("--delay-ms must be at least 3000 for export.arxiv.org (its terms of use)");
  });

export type FetchOptions = z.infer<typeof FetchArgs>;

export function parseFetchArgs(argv: string[]): FetchOptions {
  const flags = [
    "from",
    "to",
    "query",
    "ids",
    "max",
    "page-size",
    "db",
    "archive",
    "base-url",
    "every-hours",
  ];
  const numbers = ["timeout-ms", "retries", "max-seconds", "delay-ms"];
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: Object.fromEntries([
        ...[...flags, ...numbers].map((f) => [f, { type: "string" as const }]),
        ...["dry-run", "refresh", "watch"].map((f) => [f, { type: "boolean" as const }]),
      ]),
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${FETCH_USAGE}`);
  }
  if (parsed.positionals.length !== 1) throw new UsageError(FETCH_USAGE);
  const result = FetchArgs.safeParse({ source: parsed.positionals[0], ...parsed.values });
  if (!result.success) throw new UsageError(result.error.issues.map((i) => i.message).join("; "));
  return result.data;
}
