/**
 * A claim said in words, for readers who do not know the extractor's vocabulary: "RT-DETR-R50
 * scores 53.1% AP on COCO", "X improves AP on COCO by 2.2 points", "X is 3.2× faster".
 * The kinds are a closed table, so a new kind cannot be shown without words of its own.
 */
import type { ClaimView } from "@/db/queries/claim-rows";
import { formatValue } from "./format";

type Words = (c: ClaimView, value: string, on: string) => string;

const BY_KIND: Record<ClaimView["kind"], Words> = {
  score: (c, value, on) => `${c.modelName} scores ${value}${c.metric ? ` ${c.metric}` : ""}${on}`,
  delta: (c, value, on) =>
    `${c.modelName} changes ${c.metric ?? "the result"}${on} by ${value} against a baseline`,
  speedup: (c, value, on) =>
    `${c.modelName} is ${value} ${c.metric ? `better in ${c.metric}` : "faster"}${on}`,
  bound: (c, value, on) =>
    `${c.modelName} is given a bound of ${value}${c.metric ? ` ${c.metric}` : ""}${on}, not an exact value`,
};

export function claimInWords(c: ClaimView): string {
  const on = c.benchmarkName ? ` on ${c.benchmarkName}` : "";
  const said = BY_KIND[c.kind](c, formatValue(c.value, c.unit), on);
  const setting = c.setting ? ` (${c.setting})` : "";
  const who = c.selfReported ? "the authors' own model" : "a model the authors compare against";
  return `${said}${setting}: as reported in this abstract, about ${who}.`;
}

/** Why a claim is or is not on leaderboards, in words. */
export function listingInWords(c: ClaimView): string {
  if (c.reviewStatus === "rejected") return "Not on leaderboards: a curator rejected it.";
  if (c.listed) return "On leaderboards: a named benchmark, a stated metric and enough confidence.";
  return "Shown here only: the extractor is not sure enough of it for a leaderboard.";
}
