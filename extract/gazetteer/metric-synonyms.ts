/**
 * Metric spellings a leaderboard treats as one tab, by their key (lower case, letters, digits and
 * @ only). The first key of a group is the tab's. Numbers stay: "ap50" and "pass@8" are their own.
 */
export const METRIC_SYNONYMS: readonly (readonly string[])[] = [
  [
    "ap",
    "map",
    "boxap",
    "apbox",
    "averageprecision",
    "meanaverageprecision",
    "mapaccuracy",
    "boxaverageprecision",
  ],
  ["fps", "throughput", "framespersecond", "tokenss", "tokenspersecond"],
  // "solves 53.3% of problems" (draft.ts) is the share answered right: accuracy by another name.
  [
    "accuracy",
    "acc",
    "averageaccuracy",
    "overallaccuracy",
    "shareofproblemssolved",
    "shareofquestionssolved",
    "shareofpuzzlessolved",
  ],
  ["maskap", "apmask", "maskmap", "maskaverageprecision"],
  ["wer", "wers", "worderrorrate"],
  ["miou", "meaniou", "meanintersectionoverunion"],
  ["top1accuracy", "top1acc", "imagenettop1accuracy"],
  ["f1", "f1score"],
  ["jf", "jfscore", "jandf"],
  ["exactmatch", "em"],
  ["resolved", "resolverate", "resolvedrate"],
  ["passrate", "passratio"],
  // Full names of common acronyms (general knowledge): a paper may spell either.
  ["cer", "charactererrorrate"],
  ["eer", "equalerrorrate"],
  ["psnr", "peaksignaltonoiseratio"],
  ["ssim", "structuralsimilarity", "structuralsimilarityindex", "structuralsimilarityindexmeasure"],
  ["mae", "meanabsoluteerror"],
  ["mse", "meansquarederror", "meansquareerror"],
  ["rmse", "rootmeansquarederror", "rootmeansquareerror"],
  ["auroc", "areaundertheroccurve", "areaunderroccurve", "rocauc", "aucroc"],
  ["auprc", "aucpr", "prauc", "areaundertheprecisionrecallcurve"],
  ["mos", "meanopinionscore"],
  ["fid", "frechetinceptiondistance", "frchetinceptiondistance"],
  ["kid", "kernelinceptiondistance"],
  ["lpips", "learnedperceptualimagepatchsimilarity"],
  ["mrr", "meanreciprocalrank"],
  ["ndcg", "normalizeddiscountedcumulativegain", "normaliseddiscountedcumulativegain"],
  ["pck", "percentageofcorrectkeypoints"],
  ["absrel", "absoluterelativeerror"],
  ["mpjpe", "meanperjointpositionerror"],
  ["nll", "negativeloglikelihood"],
  ["ppl", "perplexity"],
];

export const NO_METRIC = "none";

const CANONICAL = new Map<string, string>(
  METRIC_SYNONYMS.flatMap((group) => group.map((k) => [k, group[0]!] as const)),
);

/** The tab a metric is ranked on: synonyms share one key; "none" when no metric is known. */
export function metricKey(metric: string | null): string {
  if (!metric) return NO_METRIC;
  // "throughput (T4)" and "FPS (T4)" share a tab, as their bare names do; the qualifier keeps its own.
  const qualified = /^(.*?)\s*(\([^()]+\))$/.exec(metric);
  if (qualified?.[1]) return `${metricKey(qualified[1])}${keyOf(qualified[2]!)}`;
  const key = keyOf(metric);
  return CANONICAL.get(key) ?? (key || NO_METRIC);
}

const keyOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9@]/g, "");
