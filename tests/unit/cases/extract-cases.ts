/**
 * Case tables for the extractor, kept as data in cases/extract/: one file of cases per rule (each
 * case's first claim is made by that rule), plus what must never be claimed and wrong leaderboard
 * rows. Rows state benchmark and metric, null when there is none. Loaded through zod so a typo in a
 * table fails with the file and field instead of passing silently.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { CLAIM_KINDS, RULE_NAMES, type RuleName } from "@/extract";

const DIR = join(import.meta.dirname, "extract");

const expectedClaimSchema = z
  .object({
    model: z.string(),
    benchmark: z.string().nullable(),
    metric: z.string().nullable(),
    value: z.number(),
    unit: z.string(),
    kind: z.enum(CLAIM_KINDS),
    rule: z.enum(RULE_NAMES).optional(),
    setting: z.string().nullable().optional(),
    listed: z.boolean().optional(),
    /** Whether the value is the paper's own system's (checked when stated). */
    selfReported: z.boolean().optional(),
    /** Which way the metric ranks (checked when stated). */
    higherIsBetter: z.boolean().nullable().optional(),
  })
  .strict();

const extractCaseSchema = z
  .object({
    name: z.string(),
    title: z.string().optional(),
    abstract: z.string(),
    expected: z.array(expectedClaimSchema).min(1),
  })
  .strict();

/**
 * Sentences whose numbers are sizes, counts, dates or settings: none of `values` may become a claim.
 * A title gives the paper a name a value could wrongly fall to.
 */
const notClaimCaseSchema = z
  .object({
    name: z.string(),
    title: z.string().optional(),
    abstract: z.string(),
    values: z.array(z.number()),
  })
  .strict();

/**
 * Wrong leaderboard rows seen in real output: the named field must never take the named value on a
 * listed claim (it may still be found, unlisted, for /claims and the paper page). Scope "all": not
 * even an unlisted claim may have it (a typing error, not a doubt).
 */
const wrongRowCaseSchema = z
  .object({
    name: z.string(),
    abstract: z.string(),
    title: z.string().optional(),
    never: z
      .object({
        model: z.string(),
        benchmark: z.string(),
        metric: z.string(),
        value: z.number(),
        setting: z.string(),
      })
      .partial()
      .strict(),
    scope: z.enum(["listed", "all"]).optional(),
  })
  .strict();

export type ExpectedClaim = z.infer<typeof expectedClaimSchema>;
export type ExtractCase = z.infer<typeof extractCaseSchema>;
export type WrongRowCase = z.infer<typeof wrongRowCaseSchema>;

function loadTable<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(join(DIR, file), "utf8")));
  if (!parsed.success) throw new Error(`tests/unit/cases/extract/${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The cases of each rule, in the order RULE_NAMES lists the rules. */
export const CASES_BY_RULE: readonly (readonly [RuleName, ExtractCase[]])[] = RULE_NAMES.map(
  (rule) => [rule, loadTable(`${rule}.json`, extractCaseSchema)] as const,
);
export const FOUND_CASES: readonly ExtractCase[] = CASES_BY_RULE.flatMap(([, cases]) => cases);
export const NOT_CLAIM_CASES = loadTable("not-claims.json", notClaimCaseSchema);
export const WRONG_ROW_CASES = loadTable("wrong-rows.json", wrongRowCaseSchema);
