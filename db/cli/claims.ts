/**
 * `npm run --silent claims -- FILE...`: one JSON object per extracted claim on stdout (JSON Lines).
 * Diagnostics go to stderr. Exit 0: all read; 2: some records skipped; 1: bad usage or unreadable file.
 */
import { z } from "zod";
import { extractClaims, ExtractError } from "../../extract";
import { FileReadError, loadCorpusFiles, reportProblems } from "./load-corpus";

const ArgsSchema = z.array(z.string().min(1)).min(1, "usage: claims FILE... (at least one corpus file)");

function main(argv: string[]): number {
  const args = ArgsSchema.safeParse(argv);
  if (!args.success) {
    process.stderr.write(`claims: ${args.error.issues[0]?.message}\n`);
    return 1;
  }
  const { papers, problems, warnings } = loadCorpusFiles(args.data);
  const out: string[] = [];
  for (const paper of papers) {
    try {
      for (const claim of extractClaims(paper))
        out.push(JSON.stringify({ title: paper.title, arxiv_id: paper.arxiv_id ?? null, ...claim }));
    } catch (error) {
      if (!(error instanceof ExtractError)) throw error;
      problems.push({
        file: paper.source,
        line: paper.line,
        message: `${error.message} at position ${error.position}`,
      });
    }
  }
  process.stdout.write(out.length ? out.join("\n") + "\n" : "");
  reportProblems(problems, papers.length, warnings);
  return problems.length > 0 ? 2 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof FileReadError)) throw error;
  process.stderr.write(`claims: ${error.message}\n`);
  process.exitCode = 1;
}
