/**
 * `npm run gazetteer -- --lm-eval DIR --ogb DIR [--out FILE]`: regenerates the registry part of the
 * benchmark gazetteer (extract/gazetteer/registry.generated.json) from checkouts of well-kept
 * evaluation registries, recording each name's source and the registry's version:
 *   - EleutherAI/lm-evaluation-harness: every task defined at the top of a task family
 *     (lm_eval/tasks/FAMILY/*.yaml: `task:` and its first `metric_list` metric and direction);
 *   - snap-stanford/ogb: the datasets of the three master.csv tables with their `eval metric`.
 * Run it by hand when a registry moves on; the output is committed, so builds never need the network.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

const ArgsSchema = z.object({
  "lm-eval": z.string().min(1, "--lm-eval DIR (a checkout of EleutherAI/lm-evaluation-harness) is required"),
  ogb: z.string().min(1, "--ogb DIR (a checkout of snap-stanford/ogb) is required"),
  out: z.string().min(1).default("extract/gazetteer/registry.generated.json"),
  "lm-eval-version": z.string().optional(),
  "ogb-version": z.string().optional(),
});

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

function lmEvalTasks(root: string, version: string): RegistryEntry[] {
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

function ogbDatasets(root: string, version: string): RegistryEntry[] {
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

const gitVersion = (dir: string): string => {
  try {
    return execFileSync("git", ["-C", dir, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
};

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      "lm-eval": { type: "string" },
      ogb: { type: "string" },
      out: { type: "string" },
      "lm-eval-version": { type: "string" },
      "ogb-version": { type: "string" },
    },
  });
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(`gazetteer: ${parsed.error.issues.map((i) => i.message).join("; ")}\n`);
    return 1;
  }
  const a = parsed.data;
  const seen = new Set<string>();
  const entries = [
    ...lmEvalTasks(a["lm-eval"], a["lm-eval-version"] ?? gitVersion(a["lm-eval"])),
    ...ogbDatasets(a.ogb, a["ogb-version"] ?? gitVersion(a.ogb)),
  ].filter((e) => !seen.has(e.name) && seen.add(e.name));
  writeFileSync(a.out, JSON.stringify(entries).replace(/\},\{/g, "},\n{") + "\n");
  process.stdout.write(`gazetteer: ${entries.length} registry names written to ${a.out}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
