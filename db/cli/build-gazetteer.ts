/**
 * `npm run gazetteer -- --lm-eval DIR --ogb DIR --mteb DIR [--out FILE]`: regenerates the registry part of the
 * benchmark gazetteer (extract/gazetteer/registry.generated.json) from checkouts of well-kept
 * evaluation registries, recording each name's source and the registry's version:
 *   - EleutherAI/lm-evaluation-harness: every task defined at the top of a task family
 *     (lm_eval/tasks/FAMILY/*.yaml: `task:` and its first `metric_list` metric and direction);
 *   - snap-stanford/ogb: the datasets of the three master.csv tables with their `eval metric`;
 *   - embeddings-benchmark/mteb: every task's `TaskMetadata` name (mteb/tasks/**.py), without a
 *     metric: MTEB scores old datasets its own way (nDCG@10 on SciFact, a claim-verification set),
 *     so its main score is no paper's usual metric. The names type spans (a dataset is no model).
 * Run it by hand when a registry moves on; the output is committed, so builds never need the network.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { gitVersion, lmEvalTasks, mtebTasks, ogbDatasets } from "./registry-readers";

const ArgsSchema = z.object({
  "lm-eval": z.string().min(1, "--lm-eval DIR (a checkout of EleutherAI/lm-evaluation-harness) is required"),
  ogb: z.string().min(1, "--ogb DIR (a checkout of snap-stanford/ogb) is required"),
  mteb: z.string().min(1, "--mteb DIR (a checkout of embeddings-benchmark/mteb) is required"),
  out: z.string().min(1).default("extract/gazetteer/registry.generated.json"),
  "lm-eval-version": z.string().optional(),
  "ogb-version": z.string().optional(),
  "mteb-version": z.string().optional(),
});

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      "lm-eval": { type: "string" },
      ogb: { type: "string" },
      out: { type: "string" },
      "lm-eval-version": { type: "string" },
      "ogb-version": { type: "string" },
      mteb: { type: "string" },
      "mteb-version": { type: "string" },
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
    ...mtebTasks(a.mteb, a["mteb-version"] ?? gitVersion(a.mteb)),
  ].filter((e) => !seen.has(e.name) && seen.add(e.name));
  writeFileSync(a.out, JSON.stringify(entries).replace(/\},\{/g, "},\n{") + "\n");
  process.stdout.write(`gazetteer: ${entries.length} registry names written to ${a.out}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
