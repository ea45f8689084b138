/** Which columns each claim table shows: data, so pages name a set instead of listing columns again. */
import type { ColumnKey } from "@/db/views/url-params";

export type { ColumnKey };

/** One model's claims (its page): every column but the model. */
export const MODEL_CLAIM_COLUMNS: ColumnKey[] = [
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
  "review",
];

/** All claims (/claims): the same, with the model first. */
export const ALL_CLAIM_COLUMNS: ColumnKey[] = ["model", ...MODEL_CLAIM_COLUMNS];

/** A leaderboard: ranked, one benchmark and metric, so neither is a column. */
export const LEADERBOARD_COLUMNS: ColumnKey[] = [
  "rank",
  "model",
  "value",
  "setting",
  "self",
  "paper",
  "date",
  "evidence",
  "review",
];
