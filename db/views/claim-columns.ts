/** Which columns each claim table shows: data, so pages name a set instead of listing columns again. */
import { CLAIM_COLUMNS, type ColumnKey } from "./url-params";

/** One model's claims (its page): every column but its rank, the model itself and the rule. */
export const MODEL_CLAIM_COLUMNS: ColumnKey[] = CLAIM_COLUMNS.filter(
  (c) => c !== "rank" && c !== "model" && c !== "rule",
);

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
