/** Which leaderboard tab a metric lands on: synonyms share one, numbers and qualifiers keep theirs apart. */
export const METRIC_KEY_CASES: readonly { metric: string | null; key: string }[] = [
  { metric: "AP", key: "ap" },
  { metric: "mAP", key: "ap" },
  { metric: "AP50", key: "ap50" },
  { metric: "AP^box", key: "ap" },
  { metric: "AP^mask", key: "maskap" },
  { metric: "mask AP", key: "maskap" },
  { metric: "FPS", key: "fps" },
  { metric: "throughput", key: "fps" },
  { metric: "FPS (T4)", key: "fpst4" },
  { metric: "throughput (T4)", key: "fpst4" },
  { metric: "FPS (V100)", key: "fpsv100" },
  { metric: "accuracy (maj@16)", key: "accuracymaj@16" },
  { metric: "acc (maj@16)", key: "accuracymaj@16" },
  { metric: "pass@8", key: "pass@8" },
  { metric: "", key: "none" },
  { metric: null, key: "none" },
];
