/** CSV export of every claim: seconds and peak RSS growth, beside `sqlite3 -csv` on the same query. */
import { execFileSync, spawnSync } from "node:child_process";
import { compileClaimsExport } from "./export-sql";
import { bundle } from "./bundle";

export interface CsvFigures {
  rows: number;
  seconds: number;
  rssGrowthMb: number;
  sqliteSeconds: number;
  sqliteRssMb: number;
}

/** Runs a command under GNU time: wall seconds and maximum RSS. */
function timed(command: string[]): { seconds: number; maxRssKb: number; stderr: string } {
  const r = spawnSync("/usr/bin/time", ["-f", "TIME %e %M", ...command], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr ?? "");
  if (r.status !== 0 || !m) throw new Error(`${command.join(" ")} failed: ${r.stderr}`);
  return { seconds: Number(m[1]), maxRssKb: Number(m[2]), stderr: r.stderr };
}

export async function measureCsv(db: string): Promise<CsvFigures> {
  const script = await bundle("tests/bench/export-entry.ts", "export-entry");
  const dry = timed([process.execPath, script, db, "--dry"]);
  const run = timed([process.execPath, script, db]);
  const rows = Number(
    execFileSync("sqlite3", [db, "select count(*) from claims"], { encoding: "utf8" }).trim(),
  );
  const sqlite = timed(["sqlite3", "-csv", "-header", db, compileClaimsExport()]);
  return {
    rows,
    seconds: run.seconds,
    rssGrowthMb: (run.maxRssKb - dry.maxRssKb) / 1024,
    sqliteSeconds: sqlite.seconds,
    sqliteRssMb: sqlite.maxRssKb / 1024,
  };
}
