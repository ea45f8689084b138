/**
 * What each view exports: its parameters (the same zod schemas as the page), its columns, and its
 * rows in the page's order. One table of views, so adding a view is adding a row here.
 */
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../schema";
import { claimsDirection, claimsFilter } from "../queries/claims";
import { selectClaims, toClaimView, type ClaimView } from "../queries/claim-rows";
import { streamClaimRecords } from "../queries/claim-stream";
import { getComparison } from "../queries/compare";
import { getLeaderboard, type LeaderboardRow } from "../queries/leaderboard";
import { getModelPage } from "../queries/models";
import { getPaperPage } from "../queries/papers";
import {
  ClaimsParams,
  CompareParams,
  LeaderboardParams,
  ModelParams,
  parseParams,
  type ParseResult,
  wholeNumber,
} from "../views/url-params";
import type { CsvValue } from "./csv";

export const EXPORT_VIEWS = ["benchmark", "model", "compare", "claims", "paper"] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

export interface ExportTable {
  filename: string;
  header: string[];
  rows: AsyncIterable<CsvValue[]>;
}

type Exporter = (
  db: Kysely<Database>,
  params: URLSearchParams,
  base: string,
) => Promise<ParseResult<ExportTable | null>>;

const SlugParam = z.object({
  slug: z
    .string({ error: "slug is required" })
    .min(1, "slug is required")
    .max(200, "slug must be at most 200 characters"),
});
const PaperParam = z.object({
  id: wholeNumber("id", "a paper id (a whole number)").pipe(
    z.number().positive("id must be a positive whole number"),
  ),
});

const CLAIM_HEADER = [
  "model",
  "benchmark",
  "metric",
  "setting",
  "value",
  "unit",
  "kind",
  "higher_is_better",
  "self_reported",
  "confidence",
  "listed",
  "paper",
  "published",
  "arxiv_id",
  "evidence",
  "evidence_url",
  "paper_url",
  "arxiv_url",
  "review_status",
  "review_reason",
  "extracted_model",
  "extracted_benchmark",
  "extracted_metric",
  "extracted_setting",
  "extracted_value",
  "extracted_unit",
];
/**
 * A claim's cells. Links are absolute (`base` is the configured public URL or the request's
 * origin), so a spreadsheet opens them; the arXiv id also as a link, since a bare 2303.16900
 * becomes a number in some spreadsheets and loses its trailing zero.
 */
const claimValuesAt =
  (base: string) =>
  (c: ClaimView): CsvValue[] => [
    c.modelName,
    c.benchmarkName,
    c.metric,
    c.setting,
    c.value,
    c.unit,
    c.kind,
    c.higherIsBetter,
    c.selfReported,
    c.confidence,
    c.listed,
    c.paperTitle,
    c.published,
    c.arxivId,
    c.evidence,
    `${base}${c.href}`,
    `${base}/papers/${c.paperId}`,
    c.arxivId ? `https://arxiv.org/abs/${c.arxivId}` : null,
    // Curation: the decision, and what the rules extracted where a curator corrected it.
    c.reviewStatus,
    c.reviewReason,
    c.extracted?.model ?? null,
    c.extracted?.benchmark ?? null,
    c.extracted?.metric ?? null,
    c.extracted?.setting ?? null,
    c.extracted?.value ?? null,
    c.extracted?.unit ?? null,
  ];

async function* fromArray<T, U>(items: readonly T[], map: (t: T) => U): AsyncIterable<U> {
  for (const item of items) yield map(item);
}

const safeName = (s: string) => s.replace(/[^a-z0-9.+-]+/gi, "-").slice(0, 80) || "export";

function withParams<S extends z.ZodType, T>(
  schema: S,
  params: URLSearchParams,
  run: (data: z.infer<S>) => Promise<T>,
): Promise<ParseResult<T>> {
  const parsed = parseParams(schema, params);
  return parsed.ok ? run(parsed.data).then((data) => ({ ok: true as const, data })) : Promise.resolve(parsed);
}

export const EXPORTERS: Record<ExportView, Exporter> = {
  benchmark: (db, params, base) =>
    withParams(LeaderboardParams.extend(SlugParam.shape), params, async (q) => {
      const board = await getLeaderboard(db, q.slug, q, { allRows: true });
      if (!board) return null;
      const metric = board.metric?.key ?? "all";
      return {
        filename: `claimboard-${safeName(q.slug)}-${safeName(metric)}.csv`,
        header: ["rank", ...CLAIM_HEADER],
        rows: fromArray(board.rows, (r: LeaderboardRow) => [r.rank, ...claimValuesAt(base)(r)]),
      };
    }),
  model: (db, params, base) =>
    withParams(ModelParams.extend(SlugParam.shape), params, async (q) => {
      const page = await getModelPage(db, q.slug, q, { allRows: true });
      return (
        page && {
          filename: `claimboard-model-${safeName(q.slug)}.csv`,
          header: CLAIM_HEADER,
          rows: fromArray(page.rows, claimValuesAt(base)),
        }
      );
    }),
  paper: (db, params, base) =>
    withParams(PaperParam, params, async (q) => {
      const page = await getPaperPage(db, q.id);
      return (
        page && {
          filename: `claimboard-paper-${q.id}.csv`,
          header: ["claim", ...CLAIM_HEADER, "rule"],
          rows: fromArray(page.claims, (c) => [c.ordinal, ...claimValuesAt(base)(c), c.rule]),
        }
      );
    }),
  compare: (db, params) =>
    withParams(CompareParams, params, async (q) => {
      // Every shared row: the page shows the busiest, the export all of them.
      const cmp = await getComparison(db, q.models, { rows: Infinity, claims: false });
      const header = [
        "benchmark",
        "metric",
        "setting",
        "unit",
        "higher_is_better",
        ...cmp.models.map((m) => m.name),
      ];
      return {
        filename: `claimboard-compare-${safeName(q.models.join("-"))}.csv`,
        header,
        rows: fromArray(cmp.rows, (r) => [
          r.benchmarkName,
          r.metric,
          r.setting,
          r.unit,
          r.higherIsBetter,
          ...r.cells.map((c) => c.best?.value ?? null),
        ]),
      };
    }),
  claims: (db, params, base) =>
    withParams(ClaimsParams, params, async (q) => {
      const { filter } = await claimsFilter(db, q);
      // Streamed row by row: the whole table is never held in memory.
      const query = selectClaims(db, filter, { sort: q.sort, dir: claimsDirection(q) });
      async function* rows() {
        const values = claimValuesAt(base);
        for await (const r of streamClaimRecords(db, query)) yield values(toClaimView(r));
      }
      return { filename: "claimboard-claims.csv", header: CLAIM_HEADER, rows: rows() };
    }),
};
