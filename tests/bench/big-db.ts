/**
 * A generated database of N claims for the page and export benchmarks, written with raw prepared
 * inserts (generating 1M claims through the extractor would measure the extractor, not the pages).
 * Zipf-like popularity: a few benchmarks and models hold most claims, as on real leaderboards.
 * Four claims per paper (1M claims, 250k papers), each paper with a synthetic title and abstract
 * (synth.ts), so the full-text search works over text of real shape and size.
 */
import BetterSqlite3 from "better-sqlite3";
import { rmSync } from "node:fs";
import { migrateToLatest, openDb } from "../../db/connection";
import { rng, synthesise } from "./synth";

const METRICS = [
  ["accuracy", 1],
  ["AP", 1],
  ["WER", 0],
  ["pass@1", 1],
] as const;

export interface BigDb {
  path: string;
  topBenchmark: string;
  topMetric: string;
  topModels: [string, string];
}

/** Index in [0, n) with probability falling off like 1/(i+1). */
function zipf(next: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n + 1)) - 1));
}

export async function buildBigDb(path: string, claims: number, seed = 7): Promise<BigDb> {
  for (const s of ["", "-wal", "-shm"]) rmSync(path + s, { force: true });
  const kdb = openDb(path);
  await migrateToLatest(kdb);
  await kdb.destroy();
  const db = new BetterSqlite3(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const next = rng(seed);
  const perPaper = 4;
  const papers = Math.ceil(claims / perPaper);
  const models = Math.max(10, Math.floor(claims / 200));
  const benchmarks = Math.max(5, Math.floor(claims / 2000));
  const texts = synthesise(papers, seed);
  db.transaction(() => {
    const m = db.prepare("insert into models (key, name) values (?, ?)");
    for (let i = 0; i < models; i++) m.run(`model${i}`, `Model-${i}`);
    const b = db.prepare("insert into benchmarks (key, name) values (?, ?)");
    const bm = db.prepare(
      "insert into benchmark_metrics (benchmark_id, metric, higher_is_better) values (?, ?, ?)",
    );
    for (let i = 0; i < benchmarks; i++) {
      b.run(`bench${i}`, `Bench-${i}`);
      for (const [metric, hib] of METRICS) bm.run(i + 1, metric, hib);
    }
    const p = db.prepare(
      "insert into papers (title_key, title, abstract, abstract_raw, arxiv_id, url, published, source, content_hash, claims_hash, extractor_version) values (?, ?, ?, ?, ?, ?, ?, 'generated', 'x', 'x', 'bench')",
    );
    const c = db.prepare(
      "insert into claims (paper_id, ordinal, model_id, benchmark_id, model_raw, benchmark_raw, metric, metric_key, value, unit, kind, higher_is_better, self_reported, evidence, start, end, value_start, value_end, rule, extractor_version, confidence, listed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, '%', ?, ?, ?, ?, 0, 60, 10, 15, 'value-unit', 'bench', ?, ?)",
    );
    for (let i = 0; i < papers; i++) {
      const { title, abstract } = texts[i]!;
      const year = 2018 + Math.floor(next() * 8);
      const month = 1 + Math.floor(next() * 12);
      p.run(
        `paper${i}`,
        title,
        abstract,
        abstract,
        `${year % 100}${String(month).padStart(2, "0")}.${String(i % 100000).padStart(5, "0")}`,
        null,
        `${year}-${String(month).padStart(2, "0")}-01`,
      );
      for (let j = 0; j < perPaper && i * perPaper + j < claims; j++) {
        const model = zipf(next, models);
        const bench = zipf(next, benchmarks);
        const [metric, hib] = METRICS[Math.floor(next() * METRICS.length)]!;
        const kind = next() < 0.7 ? "score" : next() < 0.5 ? "delta" : "speedup";
        const confidence = next() < 0.85 ? 1 : 0.45;
        c.run(
          i + 1,
          j + 1,
          model + 1,
          bench + 1,
          `Model-${model}`,
          `Bench-${bench}`,
          metric,
          metric.toLowerCase(),
          Math.round(next() * 10000) / 100,
          kind,
          hib,
          next() < 0.6 ? 1 : 0,
          abstract.slice(0, 60),
          // Most scores are fit for a leaderboard, as on real papers; the rest are shown unlisted.
          confidence,
          kind === "score" && confidence >= 0.6 ? 1 : 0,
        );
      }
    }
  })();
  db.exec("analyze");
  db.close();
  return { path, topBenchmark: "bench0", topMetric: "accuracy", topModels: ["model0", "model1"] };
}
