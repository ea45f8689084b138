/** Canonical keys: one key per model or benchmark however it is spelled, from the alias tables. */
import { BENCHMARK_ALIASES, MODEL_ALIASES } from "./aliases";
import { memoise } from "./memoise";

/** Lower case, separators and articles dropped: "DeepSeek V3", "Deepseek-v3" -> "deepseekv3". */
export const nameKey = memoise(function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:the|our|a|an)\s+/, "")
    .replace(/\s+(?:benchmarks?|datasets?|dataset|test set)$/, "")
    .replace(/[^a-z0-9.+]+/g, "")
    .replace(/\.(?!\d)|(?<!\d)\./g, "");
});

export function modelKey(name: string): string {
  const key = nameKey(name);
  return MODEL_ALIASES[key] ?? key;
}

export function benchmarkKey(name: string): string {
  const key = nameKey(name);
  return BENCHMARK_ALIASES[key] ?? key;
}

/** A paper's identity across sources: its title without case, spacing or punctuation. */
export function titleKey(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, "");
}
