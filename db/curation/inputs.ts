/**
 * What readers and curators may send, as zod schemas: a flag, a review decision, a correction.
 * Messages name the field and the allowed values; types come from z.infer.
 */
import { z } from "zod";
import { CLAIM_KINDS } from "../../extract";

export const FLAG_REASONS = ["model", "benchmark", "metric", "value", "setting", "not-a-result"] as const;
export const MAX_NOTE_CHARS = 500;

const oneOf = <T extends string>(name: string, values: readonly T[]) =>
  z.enum(values as [T, ...T[]], { error: () => `${name} must be one of: ${values.join(", ")}` });

export const FlagInput = z
  .object({
    claim: z.number({ error: "claim must be a claim id (a whole number)" }).int().positive(),
    reason: oneOf("reason", FLAG_REASONS),
    note: z
      .string({ error: "note must be text" })
      .max(MAX_NOTE_CHARS, { error: `note must be at most ${MAX_NOTE_CHARS} characters` })
      .default(""),
    // A field people never see: a form that fills it is a bot's.
    website: z.string().optional(),
  })
  .strict();
export type FlagInput = z.infer<typeof FlagInput>;

const text = (name: string, max: number) =>
  z
    .string({ error: `${name} must be text` })
    .trim()
    .min(1, { error: `${name} must not be empty` })
    .max(max, { error: `${name} must be at most ${max} characters` });

/** The fields a curator may correct; each one left out keeps the extracted value. */
export const CorrectionFields = z
  .object({
    model: text("model", 200),
    benchmark: text("benchmark", 200).nullable(),
    metric: text("metric", 100).nullable(),
    setting: text("setting", 200).nullable(),
    value: z.number({ error: "value must be a number" }).finite({ error: "value must be a finite number" }),
    unit: z.string({ error: "unit must be text" }).max(16, { error: "unit must be at most 16 characters" }),
    kind: oneOf("kind", CLAIM_KINDS),
    self_reported: z.boolean({ error: "self_reported must be true or false" }),
  })
  .partial()
  .strict()
  .refine((f) => Object.keys(f).length > 0, { error: "fields must name at least one field to correct" });
export type CorrectionFields = z.infer<typeof CorrectionFields>;

export const ReviewInput = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("verify") }).strict(),
    z.object({ action: z.literal("reject"), reason: text("reason", 300) }).strict(),
    z
      .object({
        action: z.literal("correct"),
        fields: CorrectionFields,
        reason: z.string().max(300).optional(),
      })
      .strict(),
  ],
  { error: () => "action must be one of: verify, reject, correct" },
);
export type ReviewInput = z.infer<typeof ReviewInput>;

const slug = (name: string) =>
  z
    .string({ error: `${name} must be a slug` })
    .trim()
    .min(1, { error: `${name} must not be empty` })
    .max(200, { error: `${name} must be at most 200 characters` });

/** Merge one model or benchmark (by its page slug) into another. */
export const MergeInput = z
  .object({ kind: oneOf("kind", ["model", "benchmark"] as const), from: slug("from"), into: slug("into") })
  .strict()
  .refine((m) => m.from !== m.into, { error: "from and into must be different" });
export type MergeInput = z.infer<typeof MergeInput>;
