/** Arguments and summary text of the ingest command, shared with db:ensure. */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";
import type { IngestSummary } from "../ingest";
import { DEFAULT_META_PATH } from "../paper-meta";

const ArgsSchema = z.object({
  files: z
    .array(z.string().min(1))
    .min(1, "usage: ingest FILE... [--db PATH] [--meta PATH] [--batch N] [--threads N]"),
  db: z.string().min(1, "--db needs a path or a postgres:// URL").optional(),
  meta: z.string().min(1).default(DEFAULT_META_PATH),
  batch: z
    .string()
    .regex(
      /^\d+$/,
      "--batch must be a whole number of papers per transaction (1 to 100000), e.g. --batch 2000",
    )
    .transform(Number)
    .pipe(z.number().min(1, "--batch must be at least 1").max(100_000, "--batch must be at most 100000"))
    .default(2000),
  threads: z
    .string()
    .regex(/^\d+$/, "--threads must be a whole number of extraction workers (0 to 64), e.g. --threads 2")
    .transform(Number)
    .pipe(z.number().max(64, "--threads must be at most 64"))
    // One core writes; the others extract the batches ahead of it.
    .default(Math.max(0, availableParallelism() - 1)),
});

export type IngestArgs = z.infer<typeof ArgsSchema>;

export function parseIngestArgs(argv: string[]): IngestArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: "string" },
      meta: { type: "string" },
      batch: { type: "string" },
      threads: { type: "string" },
    },
  });
  const parsed = ArgsSchema.safeParse({ files: positionals, ...values });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data;
}

export class UsageError extends Error {}

export function formatSummary(database: string, s: IngestSummary): string {
  const { inserted, updated, unchanged } = s.papers;
  const total = Object.values(s.claims).reduce((a, b) => a + b, 0);
  return [
    `database: ${database}`,
    `papers: ${inserted} inserted, ${updated} updated, ${unchanged} unchanged`,
    `claims written: ${total} (score ${s.claims.score}, delta ${s.claims.delta}, speedup ${s.claims.speedup}, bound ${s.claims.bound})`,
    `skipped records: ${s.skipped.length}`,
  ].join("\n");
}

/** SQLite's own words for a full disk are about the rollback; say what happened and what is left. */
export function explainFailure(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (code === "SQLITE_FULL" || code === "ENOSPC") {
    return "the disk is full: the batch being written was rolled back and the database is intact (it holds every batch committed before); free some space and run ingest again to finish";
  }
  return (error as Error).message;
}
