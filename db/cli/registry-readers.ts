/**
 * Readers of the evaluation registries the gazetteer is built from (see build-gazetteer.ts): each
 * takes a checkout's root and its version and returns the names it defines, with source recorded.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Registry metric ids to the names papers write. */
const METRIC_NAMES: Record<string, string> = {
  acc: "accuracy",
  acc_norm: "accuracy",
  exact_match: "exact match",
  em: "exact match",
  f1: "F1",
  mcc: "MCC",
  bleu: "BLEU",
  chrf: "chrF",
  ter: "TER",
  rouge: "ROUGE",
  rougeL: "ROUGE-L",
  perplexity: "perplexity",
  word_perplexity: "perplexity",
  pass_at_k: "pass@1",
  "pass@1": "pass@1",
  rocauc: "ROC-AUC",
  ap: "AP",
  rmse: "RMSE",
  mae: "MAE",
  "hits@50": "Hits@50",
  "hits@100": "Hits@100",
  "hits@20": "Hits@20",
  mrr: "MRR",
};
const LOWER_IS_BETTER = new Set(["perplexity", "TER", "RMSE", "MAE"]);

export interface RegistryEntry {
  name: string;
  metric: string | null;
  higherIsBetter: boolean | null;
  source: string;
}

export function lmEvalTasks(root: string, version: string): RegistryEntry[] {
  const tasks = join(root, "lm_eval", "tasks");
  const entries: RegistryEntry[] = [];
  for (const family of readdirSync(tasks).sort()) {
    const dir = join(tasks, family);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .sort()) {
      const yaml = readFileSync(join(dir, file), "utf8");
      const task = /^task:\s*["']?([\w.+-]+)/m.exec(yaml)?.[1];
      if (!task) continue;
      const metricId = /^\s*-\s*metric:\s*(?:!function\s+\S*?(pass_at_k)|["']?([\w@.]+))/m.exec(yaml);
      const metric = metricId ? (METRIC_NAMES[metricId[1] ?? metricId[2] ?? ""] ?? null) : null;
      const hib = /higher_is_better:\s*(true|false)/.exec(yaml)?.[1];
      entries.push({
        name: task,
        metric,
        higherIsBetter: hib === undefined ? null : hib === "true",
        source: `lm-evaluation-harness@${version}`,
      });
    }
  }
  return entries;
}

export function ogbDatasets(root: string, version: string): RegistryEntry[] {
  const entries: RegistryEntry[] = [];
  for (const table of ["nodeproppred", "linkproppred", "graphproppred"]) {
    const rows = readFileSync(join(root, "ogb", table, "master.csv"), "utf8")
      .split(/\r?\n/)
      .map((l) => l.split(","));
    const names = rows[0]?.slice(1) ?? [];
    const metrics = rows.find((r) => r[0] === "eval metric")?.slice(1) ?? [];
    names.forEach((name, i) => {
      const metric = METRIC_NAMES[metrics[i] ?? ""] ?? metrics[i] ?? null;
      entries.push({
        name,
        metric,
        higherIsBetter: metric === null ? null : !LOWER_IS_BETTER.has(metric),
        source: `ogb@${version}`,
      });
    });
  }
  return entries;
}

// A task named by one plain word ("Waimai", "Gorilla", also an LLM) would type that word wherever it stands.
const PLAIN_WORD = /^[A-Z]?[a-z]+$/;

export function mtebTasks(root: string, version: string): RegistryEntry[] {
  const entries: RegistryEntry[] = [];
  const walk = (dir: string): void => {
    for (const item of readdirSync(dir).sort()) {
      const path = join(dir, item);
      if (statSync(path).isDirectory()) walk(path);
      else if (item.endsWith(".py"))
        for (const m of readFileSync(path, "utf8").matchAll(/TaskMetadata\(\s*name="([^"]+)"/g)) {
          // "HotelReviewSentimentClassification.v2" is the same dataset as its first version.
          const name = m[1]!.replace(/\.v\d+$/, "");
          if (!PLAIN_WORD.test(name))
            entries.push({ name, metric: null, higherIsBetter: null, source: `mteb@${version}` });
        }
    }
  };
  walk(join(root, "mteb", "tasks"));
  return entries;
}

export const gitVersion = (dir: string): string => {
  try {
    return execFileSync("git", ["-C", dir, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
};
