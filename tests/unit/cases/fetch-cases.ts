/** Bad arguments of `npm run fetch`: exit 1 and the exact message, naming the flag and what it takes. */
export const FETCH_USAGE_CASES: readonly { args: string[]; stderr: string }[] = [
  { args: ["hf-daily", "--from", "2026-13-01"], stderr: "fetch: --from is not a calendar date" },
  { args: ["hf-daily", "--to", "2026-02-30"], stderr: "fetch: --to is not a calendar date" },
  {
    args: ["hf-daily", "--from", "yesterday"],
    stderr: "fetch: --from must be a date as YYYY-MM-DD, e.g. --from 2026-11-01",
  },
  {
    args: ["hf-daily", "--from", "2026-11-05", "--to", "2026-11-01"],
    stderr: "fetch: --from 2026-11-05 is after --to 2026-11-01",
  },
  { args: ["arxiv"], stderr: "fetch: arxiv needs exactly one of --query or --ids" },
  {
    args: ["arxiv", "--ids", "2303.16900,not-an-id"],
    stderr: "fetch: --ids takes arXiv ids such as 2303.16900 or 2303.16900v2",
  },
  {
    args: ["arxiv", "--query", "cat:cs.CL", "--delay-ms", "500"],
    stderr: "fetch: --delay-ms must be at least 3000 for export.arxiv.org (its terms of use)",
  },
  { args: ["arxiv", "--query", "cat:cs.CL", "--max", "0"], stderr: "fetch: --max must be at least 1" },
  {
    args: ["arxiv", "--query", "x", "--base-url", "ftp://mirror"],
    stderr: "fetch: --base-url must be an http(s) URL such as https://huggingface.co",
  },
];

/** Retry-After values (RFC 9110): delay-seconds or an HTTP date; anything else is no advice. */
export const RETRY_AFTER_CASES: readonly { value: string | null; ms: number | undefined }[] = [
  { value: "3", ms: 3000 },
  { value: " 0 ", ms: 0 },
  { value: "Mon, 30 Nov 2026 00:00:10 GMT", ms: 10_000 },
  { value: "Mon, 29 Nov 2026 23:00:00 GMT", ms: 0 },
  { value: "soon", ms: undefined },
  { value: null, ms: undefined },
];
