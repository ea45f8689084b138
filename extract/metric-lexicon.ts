/**
 * Metric names with their direction, from general knowledge of evaluation practice (detection,
 * segmentation, generation, speech, retrieval, forecasting, robotics): data, not code paths.
 */
import { memoise } from "./memoise";

/** False accept, reject, positive, negative and match rates ("FPR95": at 95% TPR): lower is better; also an operating point. */
export const FALSE_RATE = /\b(?:FAR|FRR|FPR|FNR|FMR|FNMR)(?:@?\d+(?:TPR)?)?\b/;

/** Metrics with their direction; matched case-sensitively as whole words unless flagged. */
export interface MetricEntry {
  pattern: RegExp;
  higherIsBetter: boolean | null;
}

export const METRICS: readonly MetricEntry[] = [
  {
    pattern:
      /\b(?:WER|CER|(?:word|character|phone(?:me)?|token|symbol|equal)[- ]error[- ]rates?|error rates?|errors?)\b/i,
    higherIsBetter: false,
  },
  // An attack's success is the defence's failure: ranked lower first.
  { pattern: /\b(?:(?:attack|jailbreak) success rates?)\b/i, higherIsBetter: false },
  // Counted results: "% resolved" (SWE-bench) starts with a symbol, so "\b" cannot open it.
  { pattern: /(?<![\w%])% resolved\b|\bproblems solved\b/i, higherIsBetter: true },
  {
    pattern:
      /\b(?:r?FID|gFID|ECE|FVD|FAD|KID|LPIPS|EER|sMAPE|MAPE|OWA|MASE|Chamfer(?:[- ]L[12])?(?: distance)?|Fr[eé]chet (?:Inception |Audio |Video )?Distance|(?:normali[sz]ed )?edit distance|HD95|HD|Hausdorff distance|ASSD|ASD|average (?:symmetric )?surface distance|N?RMSE|N?MAE|N?MSE|NIQE|PIQE|BRISQUE|AbsRel|Abs Rel|SqRel|Sq Rel|EPE|end-point error|ATE|RPE|ADE|FDE|(?:brier-|b-)?min(?:ADE|FDE)(?:@?\d+)?|MPJPE|PA-MPJPE|PVE|MPVPE|AMOTP|D1(?:-(?:all|bg|fg)| error)|F[1l]-(?:all|bg|fg)(?: error)?|false (?:positive|negative|alarm|rejection) rates?|(?:hallucination|failure|collision|violation|miss|crash) rates?|MCD|CRPS|NLL|bits per dim(?:ension)?|BPD|TER|perplexity|PPL|L[12] (?:errors?|distances?)|(?:normali[sz]ed )?(?:root[- ])?mean[- ](?:squared?|absolute)(?: percentage)?[- ]errors?|absolute relative error|mean per[- ]joint position error|negative log[- ]likelihood|Kernel Inception Distance|learned perceptual image patch similarity|TTFT|TPOT|latency|loss|cost|memory|storage|consumption|variation|deviation)\b/i,
    higherIsBetter: false,
  },
  // "(?!-\s)": "ap- plied" is a word broken across a line in the source, not the metric AP.
  {
    pattern:
      /\b(?:(?:m?AP|IoU)_?(?:3D|BEV)|(?:box|mask|bbox) m?AP(?:\d+|_?[SMLsml])?|m?AP@?\[?0?\.\d+:0?\.\d+\]?|m?AP@?50[:-]95|m?AP@0?\.\d+|m?AP_?0?\.\d+|m?AP@\d+|accuracy|accuracies|acc|m?AP\d*|AP50|mIoU|[cgo]IoU|mAcc|aAcc|m?BIoU|average Jaccard|Jaccard(?: index)?|(?:(?:quadratic )?weighted |Cohen's )?kappa|QWK|balanced accuracy|mean IoU|(?:mean )?intersection[- ]over[- ]union|(?:mean )?average precision|mean opinion score|peak signal[- ]to[- ]noise ratio|structural similarity(?: index)?(?: measure)?|area under (?:the )?(?:(?:ROC|receiver operating characteristic|precision[- ]recall|PR) )?curve|mean reciprocal rank|normali[sz]ed discounted cumulative gain|percentage of correct keypoints|[Bb]oundary IoU|IoU|(?:(?:macro|micro|weighted)[- ]?)?F1(?:[- ]score)?|(?<!\b(?:full|half|mixed|single|double|numerical|low|reduced|lower|arbitrary)[- ])precision(?:@\d+)?|recall(?:@\d+)?|BLEU|ROUGE(?:-[L12])?|COMET\w*|XCOMET|pass@\d+|Pass@\d+|pass\^\d+|(?:avg|average|mean)@\d+|EM|exact match|score|win rates?|success rates?|throughput|speed|FPS|MFU|top-\d+ accuracy|coverage|sparsity|pass ratio|AUC-(?:ROC|PR)|PR-AUC|[mp]?AUC(?:@\d+)?|AUROC|AUPRC|ROC-AUC|NDCG(?:@\d+)?|nDCG(?:@\d+)?|MRR(?:@\d+)?|HR@\d+|P@\d+|Hits?@\d+|m?R@\d+|Recall@\d+|SSIM|PSNR|CLIP ?score|CIDEr|SPICE|METEOR|chrF(?:\+\+|2)?|BLEURT|BERTScore|Inception Score|Elo|MOS|NDS|mAPH|MOTA|HOTA|IDF1|J&F|ANLS|(?:pass|resolve) rates?|(?:detection|acceptance|recognition|hit|solve) rates?|CCC(?:-[A-Z])?|PCC|SRCC|SROCC|PLCC|KRCC|(?:Spearman|Pearson|Kendall)(?:'s)?(?: rank)? (?:correlation|tau|rho)|correlation(?: coefficient)?|(?:task )?completion rates?|% resolved|execution accurac(?:y|ies)|rating|Dice(?: score| coefficient)?|(?:human-)?normali[sz]ed (?:(?:mean|median|average|IQM) )?(?:score|return)|speaker similarity|(?:average|mean|episodic|episode) (?:return|reward)|sensitivity|specificity|DSC|NSD|normali[sz]ed surface Dice|F-score|F-?measure|H-?mean|AMOTA|UTMOS|BLEU-4|PCK(?:h)?(?:@[\d.]+)?|SI-S[DN]Ri?|SDRi?|PESQ|STOI|mAR|AR@\d+|Rank-?\d+|nAP\d*|TAR(?:@FAR(?:=[\d.e-]+)?)?|SPL|R-Precision|AP_?[rcfSMLsml])\b(?!-\s)/i,
    higherIsBetter: true,
  },
  // Depth estimation's threshold accuracy, written δ1, δ<1.25 or delta1 (δ is not a word character).
  { pattern: /(?:δ|\bdelta)\s?(?:_?[1-3]\b|<\s?1\.25(?:\^[23])?)/i, higherIsBetter: true },
  // CALVIN's long-horizon measure: how many chained tasks a policy completes on average.
  { pattern: /\b(?:avg\.? len(?:gth)?|average (?:task |episode )?length)\b/i, higherIsBetter: null },
  // Speech quality and intelligibility (enhancement, separation): higher is better.
  { pattern: /\b(?:PESQ|WB-PESQ|E?STOI|SI-S[DN]Ri?|SDRi?|DNSMOS|CSIG|CBAK|COVL)\b/, higherIsBetter: true },
  // No-reference image quality: learned scores where higher is better.
  { pattern: /\b(?:MUSIQ|MANIQA|CLIPIQA\+?|TOPIQ|Q-Align)\b/, higherIsBetter: true },
  // Acronyms that are also English words ("is", "far"): matched with their case only.
  { pattern: /\b(?:IS|PQ|SQ|RQ)\b/, higherIsBetter: true },
  // Verification and detection rates (biometrics, anomaly detection): true rates up, false rates down.
  { pattern: FALSE_RATE, higherIsBetter: false },
  // Text-to-SQL's execution accuracy, in capitals only ("ex-vivo" is no metric).
  { pattern: /\b(?:TPR|TNR|TMR|EX)\b/, higherIsBetter: true },
];

/** Which way a metric ranks: true when higher is better, null when unknown or unstated. */
export function metricDirection(metric: string | null): boolean | null {
  return metric ? directionOf(metric) : null;
}

// "error correction rate", "fault detection rate": the rate of fixing or finding a bad thing rises.
const FIXING_RATE = /\b(?:correction|detection|recovery|removal|repair|resolution|fix)\s+rates?$/i;

const directionOf = memoise((metric: string) =>
  FIXING_RATE.test(metric) ? true : (METRICS.find((m) => m.pattern.test(metric))?.higherIsBetter ?? null),
);

/** "Factual Consistency Rate (FCR)", "Video Panoptic Quality (VPQ)": a measure spelt out, then its initials, defines a metric. */
const MEASURE_NOUN =
  /\b(?:rate|score|ratio|index|error|quality|accuracy|precision|similarity|distance|coefficient)$/i;
export function namesRateAcronym(words: string, acronym: string): boolean {
  const initials = words.split(/[\s-]+/).map((w) => w.charAt(0));
  return MEASURE_NOUN.test(words) && initials.join("").toUpperCase() === acronym.toUpperCase();
}
