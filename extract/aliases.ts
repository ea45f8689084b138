/**
 * Spellings that the key function alone cannot merge, mapped to their canonical key. Keys are
 * what `nameKey` makes of a name (lower case, letters, digits, dots and pluses only). Keep
 * genuinely different models apart: "deepseekv30324" is not "deepseekv3".
 */
export const MODEL_ALIASES: Readonly<Record<string, string>> = {
  deepseekr1671b: "deepseekr1",
  deepseekv3671b: "deepseekv3",
  deepseekv3base: "deepseekv3",
  deepseekchat: "deepseekv3",
  gpt4omni: "gpt4o",
  claude35sonnet: "claude3.5sonnet",
};

export const BENCHMARK_ALIASES: Readonly<Record<string, string>> = {
  aime24: "aime2024",
  aime25: "aime2025",
  mathtest: "math",
  humanevalplus: "humaneval+",
  cocoval2017: "coco",
  coco2017: "coco",
  mscoco: "coco",
  imagenet: "imagenet1k",
  imagenet1kval: "imagenet1k",
  minif2f: "minif2ftest",
};
