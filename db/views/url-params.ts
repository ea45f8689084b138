/**
 * URL parameters of every view, as zod schemas over allow-lists. Pages, the JSON API and the CSV
 * export parse the same schemas, so a table and its download always agree. Bad values produce a
 * message naming the parameter and the allowed values.
 */
import { z } from "zod";
import { QUEUE_FILTERS } from "../queries/review-queue";
import type { ClaimKind } from "../../extract/types";
import { BENCHMARK_AREAS } from "../../extract/gazetteer";
import { MODEL_FAMILIES } from "../../extract/gazetteer/models";

export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export const KIND_FILTERS = ["score", "delta", "speedup", "bound", "all"] as const satisfies readonly (
  ClaimKind | "all"
)[];
export const SELF_FILTERS = ["all", "self", "third-party"] as const;
/** Leaderboard rows: each model's best claim per setting, or every claim. */
export const ROW_MODES = ["best", "all"] as const;
/** The URL value of the standard setting (claims that state none). */
export const STANDARD_SETTING = "standard";
/** Sortable columns of claim tables: the URL value and what it orders by (see queries/claim-rows.ts). */
export const CLAIM_SORTS = ["value", "model", "benchmark", "paper", "date", "self", "kind"] as const;

export type ClaimSort = (typeof CLAIM_SORTS)[number];
export type KindFilter = (typeof KIND_FILTERS)[number];
export type SelfFilter = (typeof SELF_FILTERS)[number];

const oneOf = <const T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, {
    error: (issue) => `${name} must be one of ${values.join(", ")} (got ${JSON.stringify(issue.input)})`,
  });

// A NUL or other control character is no text anyone types; PostgreSQL refuses NUL in text outright.
const CONTROL = /\p{Cc}/u;
const noControl = (name: string) =>
  [(s: string) => !CONTROL.test(s), `${name} must not contain control characters`] as const;
const text = (name: string) =>
  z
    .string()
    .max(200, `${name} must be at most 200 characters`)
    .refine(...noControl(name));
const slug = (name: string) =>
  z
    .string()
    .min(1, `${name} must not be empty`)
    .max(200, `${name} must be at most 200 characters`)
    .refine(...noControl(name));

/** A path segment as the page's name: malformed percent-encoding ("%FF%FE") is no name, so a 404. */
export function decodeSlug(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Every column a claim table can show; `hide` names the ones a reader switched off. */
export const CLAIM_COLUMNS = [
  "rank",
  "model",
  "benchmark",
  "metric",
  "setting",
  "value",
  "kind",
  "self",
  "trust",
  "paper",
  "date",
  "evidence",
  "rule",
  "review",
] as const;
export type ColumnKey = (typeof CLAIM_COLUMNS)[number];

/** "paper,evidence": columns in table order, each once; none hidden is no parameter at all. */
const hiddenColumns = z
  .string()
  .max(300, "hide must be at most 300 characters")
  .transform((v) =>
    v
      .split(",")
      .map((c) => c.trim())
      .filter(Boolean),
  )
  .pipe(z.array(oneOf("hide", CLAIM_COLUMNS)))
  .transform((cols) => {
    const order = CLAIM_COLUMNS.filter((c) => cols.includes(c));
    return order.length ? order : undefined;
  })
  .optional()
  .describe(`a comma-separated list of columns to hide: ${CLAIM_COLUMNS.join(", ")}`);

const claimTable = {
  hide: hiddenColumns,
  sort: oneOf("sort", CLAIM_SORTS).default("value"),
  dir: oneOf("dir", SORT_DIRECTIONS).optional(),
  q: text("q").default(""),
  self: oneOf("self", SELF_FILTERS).default("all"),
};

/** Decimal digits only: "0x10", "1e3", " 5" and "5.0" are not page numbers or ids, though Number() reads them. */
export const wholeNumber = (name: string, what = "a whole number") =>
  z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().regex(/^-?\d{1,15}$/, `${name} must be ${what}`))
    .transform(Number);

const page = wholeNumber("page")
  .pipe(z.number().min(1, "page must be at least 1").max(100_000, "page must be at most 100000"))
  .default(1)
  .describe("a whole number from 1 to 100000");
const per = (byDefault: number) =>
  wholeNumber("per")
    .pipe(z.number().min(1, "per must be at least 1").max(500, "per must be at most 500"))
    .default(byDefault)
    .describe(`a whole number from 1 to 500 (rows per page)`);

const isoDate = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} must be a date written YYYY-MM-DD`)
    .optional();

/** Size ranges of the Open LLM Leaderboard kind, in billions of parameters: a closed table, not if-chains. */
export const SIZE_RANGES = {
  any: { label: "any size" },
  le1: { label: "≤ 1B", max: 1 },
  le3: { label: "≤ 3B", max: 3 },
  le8: { label: "≤ 8B", max: 8 },
  le14: { label: "≤ 14B", max: 14 },
  le35: { label: "≤ 35B", max: 35 },
  le70: { label: "≤ 70B", max: 70 },
  gt70: { label: "> 70B", min: 70 },
  unknown: { label: "size not in the name" },
} as const satisfies Record<string, { label: string; min?: number; max?: number }>;
export type SizeRange = keyof typeof SIZE_RANGES;
const SIZE_KEYS = Object.keys(SIZE_RANGES) as [SizeRange, ...SizeRange[]];

export const LeaderboardParams = z.object({
  ...claimTable,
  metric: text("metric").optional(),
  setting: text("setting").optional(),
  rows: oneOf("rows", ROW_MODES).default("best"),
  kind: oneOf("kind", KIND_FILTERS).default("score"),
  size: oneOf("size", SIZE_KEYS).default("any"),
  // Papers published within a date range (inclusive): "what led in 2024".
  from: isoDate("from"),
  to: isoDate("to"),
  page,
  per: per(50),
});

export const ModelParams = z.object({
  ...claimTable,
  kind: oneOf("kind", KIND_FILTERS).default("all"),
  page,
  per: per(50),
});

export const ClaimsParams = z.object({
  ...claimTable,
  // All claims: the newest first, what a returning visitor wants to see.
  sort: oneOf("sort", CLAIM_SORTS).default("date"),
  kind: oneOf("kind", KIND_FILTERS).default("all"),
  model: slug("model").optional(),
  benchmark: slug("benchmark").optional(),
  paper: wholeNumber("paper", "a paper id (a whole number)")
    .pipe(z.number().positive("paper must be a positive id"))
    .optional(),
  page,
  per: per(50),
});

export const CompareParams = z.object({
  models: z
    .string()
    .default("")
    .transform((s) => [
      ...new Set(
        s
          .split(",")
          .map((m) => m.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(slug("models")).max(6, "models: pick at most 6 models")),
});

export const ListParams = z.object({
  q: text("q").default(""),
  page: ClaimsParams.shape.page,
  per: ClaimsParams.shape.per,
});

/** The index pages (/benchmarks, /models): most claims first, or by name. */
/** Sort options of an index page: the URL value and the words the sort menu shows. */
export const BENCHMARK_SORTS = {
  claims: "most claims",
  models: "most models",
  newest: "newest result",
  name: "name",
} as const;
export const MODEL_SORTS = {
  claims: "most claims",
  benchmarks: "most benchmarks",
  newest: "newest paper",
  name: "name",
} as const;
export type BenchmarkSort = keyof typeof BENCHMARK_SORTS;
export type ModelSort = keyof typeof MODEL_SORTS;
const keysOf = <T extends Record<string, unknown>>(table: T) => Object.keys(table) as [keyof T & string];

/** Any value, or one of a closed list (areas and families are data in the gazetteer). */
export const ALL = "all";
const AREA_KEYS = [ALL, ...BENCHMARK_AREAS] as [string, ...string[]];
const FAMILY_KEYS = [ALL, ...new Set(MODEL_FAMILIES)] as [string, ...string[]];

/** /benchmarks and /api/benchmarks: sortable by claims, models, newest result or name; filtered by area. */
export const BenchmarkIndexParams = ListParams.extend({
  sort: oneOf("sort", keysOf(BENCHMARK_SORTS)).default("claims"),
  area: oneOf("area", AREA_KEYS).default(ALL),
});
/** /models and /api/models: sortable; filtered by family and by the size the name states. */
export const ModelIndexParams = ListParams.extend({
  sort: oneOf("sort", keysOf(MODEL_SORTS)).default("claims"),
  family: oneOf("family", FAMILY_KEYS).default(ALL),
  size: oneOf("size", SIZE_KEYS).default("any"),
});
export type BenchmarkIndexQuery = z.infer<typeof BenchmarkIndexParams>;
export type ModelIndexQuery = z.infer<typeof ModelIndexParams>;

/** /papers: newest first, optionally within a date range. */
export const PaperIndexParams = z.object({
  from: isoDate("from"),
  to: isoDate("to"),
  page: ClaimsParams.shape.page,
  per: ClaimsParams.shape.per,
});
export type PaperIndexQuery = z.infer<typeof PaperIndexParams>;

export type LeaderboardQuery = z.infer<typeof LeaderboardParams>;
export type ModelQuery = z.infer<typeof ModelParams>;
export type ClaimsQuery = z.infer<typeof ClaimsParams>;
export type CompareQuery = z.infer<typeof CompareParams>;
export type ListQuery = z.infer<typeof ListParams>;

export type ParseResult<T> = { ok: true; data: T } | { ok: false; error: string };

/** Parses URL search params (first value of each key) against a schema; the error names the parameter. */
export function parseParams<S extends z.ZodType>(
  schema: S,
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): ParseResult<z.infer<S>> {
  const entries =
    input instanceof URLSearchParams
      ? [...input.keys()].map((k) => [k, input.get(k) ?? undefined] as const)
      : Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  const parsed = schema.safeParse(Object.fromEntries(entries.filter(([, v]) => v !== undefined && v !== "")));
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, error: parsed.error.issues.map((i) => i.message).join("; ") };
}

/**
 * The URL form of parsed parameters: strings, with every value equal to its schema default left
 * out (so links stay short and the default view has one URL). `page` is dropped unless kept.
 */
export function toUrlParams<S extends z.ZodObject>(
  schema: S,
  data: z.infer<S>,
  keepPage = false,
): Record<string, string | undefined> {
  const defaults = schema.parse({}) as Record<string, unknown>;
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (value === undefined || value === "" || value === defaults[key] || (key === "page" && !keepPage))
      continue;
    out[key] = Array.isArray(value) ? value.join(",") : String(value);
  }
  return out;
}

/** The curators' queue: which reason, which benchmark (a slug). */
export const ReviewParams = z.object({
  reason: oneOf("reason", QUEUE_FILTERS).optional(),
  benchmark: text("benchmark").optional(),
  merged: z.literal("1").optional(),
});
export type ReviewQuery = z.infer<typeof ReviewParams>;

/** /search?q= and /api/search?q=: the query is required. */
export const SearchParams = z.object({
  q: z
    .string({ error: "q is required: what to search for" })
    .trim()
    .min(1, "q is required: what to search for")
    .max(200, "q must be at most 200 characters")
    .refine(...noControl("q")),
});
export type SearchQuery = z.infer<typeof SearchParams>;
