/** Claims said in words on paper pages: one row per kind, self-reported or not, with and without a benchmark. */
import type { ClaimView } from "../../../db/queries/claim-rows";

export const BASE_CLAIM: ClaimView = {
  id: 1,
  ordinal: 1,
  modelSlug: "rtdetrr50",
  modelName: "RT-DETR-R50",
  modelRaw: "RT-DETR-R50",
  benchmarkSlug: "coco",
  benchmarkName: "COCO",
  metric: "AP",
  metricKey: "ap",
  setting: null,
  confidence: 1,
  listed: true,
  value: 53.1,
  unit: "%",
  kind: "score",
  higherIsBetter: true,
  selfReported: true,
  evidence: "",
  rule: "value-unit",
  paperId: 1,
  paperTitle: "T",
  published: null,
  arxivId: null,
  href: "/papers/1#claim-1",
  valueInEvidence: [0, 0],
  reviewStatus: null,
  reviewReason: null,
  extracted: null,
};

export const CLAIM_WORDS_CASES: readonly {
  name: string;
  claim: Partial<ClaimView>;
  words: string;
  listing: string;
}[] = [
  {
    name: "a listed score of the authors' model",
    claim: {},
    words: "RT-DETR-R50 scores 53.1% AP on COCO: as reported in this abstract, about the authors' own model.",
    listing: "On leaderboards: a named benchmark, a stated metric and enough confidence.",
  },
  {
    name: "a compared model's score in a setting",
    claim: { selfReported: false, modelName: "DINO-R50", setting: "test-dev" },
    words:
      "DINO-R50 scores 53.1% AP on COCO (test-dev): as reported in this abstract, about a model the authors compare against.",
    listing: "On leaderboards: a named benchmark, a stated metric and enough confidence.",
  },
  {
    name: "a gain without a benchmark, not listed",
    claim: {
      kind: "delta",
      value: 2.2,
      unit: "points",
      benchmarkName: null,
      benchmarkSlug: null,
      listed: false,
    },
    words:
      "RT-DETR-R50 changes AP by 2.2 points against a baseline: as reported in this abstract, about the authors' own model.",
    listing: "Shown here only: the extractor is not sure enough of it for a leaderboard.",
  },
  {
    name: "a speedup",
    claim: { kind: "speedup", value: 3.2, unit: "x", metric: null, listed: false },
    words: "RT-DETR-R50 is 3.2× faster on COCO: as reported in this abstract, about the authors' own model.",
    listing: "Shown here only: the extractor is not sure enough of it for a leaderboard.",
  },
  {
    name: "a rejected bound",
    claim: { kind: "bound", value: 90, reviewStatus: "rejected", listed: false },
    words:
      "RT-DETR-R50 is given a bound of 90% AP on COCO, not an exact value: as reported in this abstract, about the authors' own model.",
    listing: "Not on leaderboards: a curator rejected it.",
  },
];
