/** The bench report: figures beside their floors, targets met or missed, one summary line. */
import type { CsvFigures } from "./measure-csv";
import type { ExportLoadFigures } from "./measure-export-load";
import type { ExtractFigures } from "./measure-extract";
import type { IngestFigures } from "./measure-ingest";
import type { JsFigure } from "./measure-js";
import type { SearchFigures } from "./measure-search";
import type { QueryFigures } from "./measure-queries";
import type { LoadFigures } from "./measure-pages";
import type { PostgresFigures } from "./measure-postgres";
import type { ReaderFigures } from "./measure-readers";

export interface Target {
  name: string;
  met: boolean;
  figure: string;
}

export interface BenchReport {
  at: string;
  args: { abstracts: number; claims: number; seconds: number };
  extract: ExtractFigures;
  readers: ReaderFigures;
  ingest: IngestFigures;
  pages: LoadFigures[];
  /** The search query per kind of query, at 1M claims and 250k papers. */
  search: SearchFigures[];
  /** The heaviest pages' queries without any cache. */
  queries: QueryFigures[];
  exportLoad: ExportLoadFigures;
  csv: CsvFigures;
  js: JsFigure[] | undefined;
  postgres: PostgresFigures | undefined;
  targets: Target[];
}

const ARXIV = 2_500_000;
const n = (x: number, digits = 0) =>
  x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The slowest page's median of a latency the page cache measures. */
const slowest = (r: BenchReport, field: "missP50" | "revalidateP50") =>
  Math.max(...r.pages.flatMap((p) => (p[field] === undefined ? [] : [p[field]])));

/** The slowest kind of search query's median latency. */
const slowestSearch = (r: BenchReport) => Math.max(...r.search.map((p) => p.p50));

/** Estimated seconds for all of arXiv: extraction on every core, then ingest of its claims. */
/** 2.5M abstracts through `npm run ingest`: extraction in workers overlapped with the writer. */
export function arxivSeconds(r: BenchReport): number {
  return ARXIV / r.ingest.pipelineRate;
}

export function evaluateTargets(r: BenchReport): Target[] {
  const board = r.pages.find((p) => p.name === "leaderboard")!;
  const compare = r.pages.find((p) => p.name === "compare page");
  const cold = (name: string) => r.queries.find((q) => q.name === name)?.p50;
  const floor = r.pages.find((p) => p.name === "static floor")!;
  const bad = r.pages.reduce((a, p) => a + p.bad, 0);
  const maxJs = Math.max(...(r.js ?? []).map((j) => j.kb));
  return [
    {
      name: "extraction >= 10,000 abstracts/s per core",
      met: r.extract.singleRate >= 10_000,
      figure: `${n(r.extract.singleRate)}/s`,
    },
    {
      name: `extraction on ${r.extract.threads} cores >= 1.7x one`,
      met: r.extract.multiRate >= 1.7 * r.extract.singleRate,
      figure: `${n(r.extract.multiRate / r.extract.singleRate, 2)}x`,
    },
    {
      name: "2.5M abstracts extracted and ingested < 300 s (extrapolated)",
      met: arxivSeconds(r) < 300,
      figure: `${n(arxivSeconds(r))} s`,
    },
    {
      name: "ingest >= 50% of raw inserts",
      met: r.ingest.ingestRate >= 0.5 * r.ingest.rawRate,
      figure: `${n((100 * r.ingest.ingestRate) / r.ingest.rawRate, 1)}%`,
    },
    {
      name: "leaderboard first view p50 < 20 ms at 1M claims",
      met: (board.missP50 ?? Infinity) < 20,
      figure: `${n(board.missP50 ?? NaN, 1)} ms`,
    },
    {
      name: "compare queries uncached p50 < 20 ms",
      met: (cold("compare queries") ?? Infinity) < 20,
      figure: `${n(cold("compare queries") ?? NaN, 0)} ms`,
    },
    ...["leaderboard", "model page", "compare page"].map((name) => {
      const page = r.pages.find((p) => p.name === name)!;
      return {
        name: `${name} (repeated) >= 1/3 of static rps of its bytes`,
        met: page.rps >= (page.staticRps ?? floor.rps) / 3,
        figure: `${n((100 * page.rps) / (page.staticRps ?? floor.rps), 1)}%`,
      };
    }),
    {
      name: "304 p50 < 2 ms (slowest page)",
      met: slowest(r, "revalidateP50") < 2,
      figure: `${n(slowest(r, "revalidateP50"), 1)} ms`,
    },
    {
      name: "compare page first view p50 < 20 ms",
      met: (compare?.missP50 ?? Infinity) < 20,
      figure: `${n(compare?.missP50 ?? NaN, 1)} ms`,
    },
    {
      name: "search p50 < 20 ms at 1M claims / 250k papers (slowest query)",
      met: slowestSearch(r) < 20,
      figure: `${n(slowestSearch(r), 1)} ms`,
    },
    {
      name: "non-2xx and errors = 0",
      met: bad === 0,
      figure: String(bad),
    },
    {
      name: "leaderboard with 4 exports running: p99 < 500 ms, 0 timeouts",
      met: r.exportLoad.withExports.p99 < 500 && r.exportLoad.withExports.timeouts === 0,
      figure: `p99 ${n(r.exportLoad.withExports.p99)} ms, ${r.exportLoad.withExports.timeouts} timeouts`,
    },
    {
      name: "CSV of 1M rows <= 1.5x sqlite3 -csv",
      met: r.csv.seconds <= 1.5 * r.csv.sqliteSeconds,
      figure: `${n(r.csv.seconds, 2)} s = ${n(r.csv.seconds / r.csv.sqliteSeconds, 2)}x`,
    },
    {
      name: "CSV peak RSS growth < 100 MB",
      met: r.csv.rssGrowthMb < 100,
      figure: `${n(r.csv.rssGrowthMb, 1)} MB`,
    },
    { name: "first-load JS < 150 KB gzip per page", met: maxJs < 150, figure: `max ${n(maxJs, 1)} KB` },
  ];
}

export function printReport(r: BenchReport, file: string): void {
  const rows: string[][] = [["measure", "figure", "floor", "ratio"]];
  // [measure, figure, floor label, floor, digits of the ratio]
  const ratios: [string, number, string, number, number][] = [
    ["extraction, 1 thread (abstracts/s)", r.extract.singleRate, "regex pass", r.extract.floorRate, 3],
    [
      `extraction, ${r.extract.threads} threads (abstracts/s)`,
      r.extract.multiRate,
      "1 thread",
      r.extract.singleRate,
      2,
    ],
    ["ingest (claims/s)", r.ingest.ingestRate, "raw inserts", r.ingest.rawRate, 3],
    [
      `ingest from text, ${r.ingest.threads} extraction thread(s) (abstracts/s)`,
      r.ingest.pipelineRate,
      "extraction alone, 1 thread",
      r.extract.singleRate,
      2,
    ],
  ];
  for (const [measure, figure, floorLabel, floor, digits] of ratios)
    rows.push([measure, n(figure), `${floorLabel} ${n(floor)}`, `${n(figure / floor, digits)}x`]);
  rows.push([
    "2.5M abstracts, extrapolated (s)",
    n(arxivSeconds(r)),
    "target 300",
    `${n(arxivSeconds(r) / 300, 2)}x`,
  ]);
  const floor = r.pages.find((p) => p.name === "static floor")!;
  for (const p of r.pages)
    rows.push([
      `${p.name} (req/s at 8 conn; p50/p99 ms at 1; first view p50; 304 p50; bad)`,
      `${n(p.rps)}; ${n(p.p50, 1)}/${n(p.p99, 1)}; ${p.missP50 === undefined ? "-" : n(p.missP50, 1)}; ${p.revalidateP50 === undefined ? "-" : n(p.revalidateP50, 1)}; ${p.bad}`,
      `static ${n(p.staticRps ?? floor.rps)} req/s`,
      `${n(p.rps / (p.staticRps ?? floor.rps), 3)}x`,
    ]);
  for (const p of r.search)
    rows.push([
      `${p.name} (p50/p99 ms over ${p.queries} different queries)`,
      `${n(p.p50, 1)}/${n(p.p99, 1)}`,
      "target p50 20 ms",
      `${n(p.p50 / 20, 2)}x`,
    ]);
  for (const q of r.queries)
    rows.push([`${q.name}, no cache (p50 ms of 5)`, n(q.p50, 1), "target 20 ms", `${n(q.p50 / 20, 2)}x`]);
  const { alone, withExports } = r.exportLoad;
  rows.push([
    `leaderboard at 12 conn, 4 exports running (p50/p99 ms; timeouts; bad; MB exported)`,
    `${n(withExports.p50, 1)}/${n(withExports.p99, 1)}; ${withExports.timeouts}; ${withExports.bad}; ${n(withExports.exportMb)}`,
    `alone ${n(alone.p50, 1)}/${n(alone.p99, 1)} ms`,
    `${n(withExports.p99 / Math.max(alone.p99, 1), 2)}x p99`,
  ]);
  rows.push([
    `read ${n(r.readers.atomMb, 1)} MB Atom feed, 20,000 entries (s)`,
    n(r.readers.atomSeconds, 2),
    `JSON Lines ${n(r.readers.jsonlMb, 1)} MB ${n(r.readers.jsonlSeconds, 2)} s`,
    `${n(r.readers.atomSeconds / r.readers.jsonlSeconds, 2)}x`,
  ]);
  rows.push([
    `CSV export ${n(r.csv.rows)} rows (s; RSS growth MB)`,
    `${n(r.csv.seconds, 2)}; ${n(r.csv.rssGrowthMb, 1)}`,
    `sqlite3 -csv ${n(r.csv.sqliteSeconds, 2)} s; ${n(r.csv.sqliteRssMb, 1)} MB`,
    `${n(r.csv.seconds / r.csv.sqliteSeconds, 2)}x`,
  ]);
  if (r.postgres) {
    rows.push([
      "ingest on PostgreSQL (claims/s)",
      n(r.postgres.ingestRate),
      `SQLite ${n(r.ingest.ingestRate)}`,
      `${n(r.postgres.ingestRate / r.ingest.ingestRate, 3)}x`,
    ]);
    for (const p of r.postgres.pages) {
      const sqlite = r.pages.find((s) => s.path === p.path);
      rows.push([
        `${p.name} (req/s; p50/p99 ms; bad)`,
        `${n(p.rps)}; ${n(p.p50, 1)}/${n(p.p99, 1)}; ${p.bad}`,
        `SQLite ${n(sqlite?.rps ?? 0)} req/s`,
        `${n(p.rps / (sqlite?.rps || 1), 3)}x`,
      ]);
    }
  }
  for (const j of r.js ?? [])
    rows.push([`first-load JS ${j.page} (KB gzip)`, n(j.kb, 1), `all after idle ${n(j.totalKb, 1)}`, ""]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join("  "));
  console.log(
    `\n(2.5M estimate = 2.5M / the rate of ingest from text, extraction in ${r.ingest.threads} worker thread(s) ahead of the writer; extrapolated from this run)`,
  );
  console.log(`results: ${file}`);
  console.log(
    `bench summary: ${r.targets.map((t) => `${t.name}: ${t.met ? "met" : "MISSED"} (${t.figure})`).join("; ")}`,
  );
}
