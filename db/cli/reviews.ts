/**
 * `npm run reviews -- export FILE [--db PATH]` and `npm run reviews -- import FILE [--db PATH]`:
 * curation (reviews, flags, merges, audit log) as JSON Lines, to back it up or move it between
 * SQLite and PostgreSQL. Exit 0: done; 2: some lines skipped (named on stderr); 1: bad usage or I/O.
 */
import { renameSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { migrateToLatest } from "../connection";
import { exportCuration, importCuration, parseCuration } from "../curation/transfer";
import { describeTarget, openDatabase, resolveTarget } from "../dialect";
import { readTextFile } from "./load-corpus";

const USAGE = "usage: reviews export|import FILE [--db PATH]";
const Args = z.object({
  command: z.enum(["export", "import"], { error: () => `${USAGE} (the command must be export or import)` }),
  file: z.string({ error: USAGE }).min(1, USAGE),
  db: z.string().min(1, "--db needs a path or a postgres:// URL").optional(),
});

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: "string" } },
  });
  const parsed = Args.safeParse({ command: positionals[0], file: positionals[1], ...values });
  if (!parsed.success || positionals.length > 2) throw new Error(parsed.error?.issues[0]?.message ?? USAGE);
  const { command, file } = parsed.data;
  const target = resolveTarget(parsed.data.db);
  const db = openDatabase(target);
  try {
    await migrateToLatest(db);
    if (command === "export") {
      const lines: string[] = [];
      for await (const line of exportCuration(db)) lines.push(line);
      // Written aside and renamed: an interrupted export never leaves half a backup under the name.
      writeFileSync(`${file}.partial`, lines.map((l) => `${l}\n`).join(""));
      renameSync(`${file}.partial`, file);
      process.stdout.write(`exported ${lines.length} records from ${describeTarget(target)} to ${file}\n`);
      return 0;
    }
    const { text, warning } = readTextFile(file);
    if (warning) process.stderr.write(`${file}:${warning.line}: warning: ${warning.message}\n`);
    const { records, problems } = parseCuration(text);
    for (const p of problems) process.stderr.write(`${file}:${p.line}: skipped: ${p.message}\n`);
    const { added, present } = await importCuration(db, records);
    process.stdout.write(
      `imported into ${describeTarget(target)}: ${added.review} reviews, ${added.flag} flags, ${added.merge} merges, ` +
        `${added.audit} audit entries; ${present} already present; ${problems.length} bad lines skipped\n`,
    );
    return problems.length > 0 ? 2 : 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`reviews: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
