import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { preparePaper } from "../../db/ingest";
import pg from "pg";
import { synthesise } from "../bench/synth";
import { DIALECTS, pgSchemaUrl, resetPgSchema } from "../fixtures/databases";

const INGEST = ["--import", "tsx", join(process.cwd(), "db/cli/ingest.ts")];

const QUERIES = {
  papers:
    "select title_key, title, abstract, arxiv_id, published, content_hash, claims_hash from papers order by title_key",
  claims:
    'select p.title_key, c.ordinal, m.key as model, b.key as benchmark, c.metric, c.value, c.unit, c.kind, c.evidence, c.start, c."end" from claims c join papers p on p.id = c.paper_id join models m on m.id = c.model_id left join benchmarks b on b.id = c.benchmark_id order by p.title_key, c.ordinal',
  models: "select key, name from models order by key",
  aliases: "select kind, alias, key from aliases order by kind, alias",
};

/** Everything in a database but its row ids: what two runs must agree on. */
function contents(path: string) {
  const db = new BetterSqlite3(path, { readonly: true });
  const out = Object.fromEntries(
    Object.entries(QUERIES).map(([name, sql]) => [name, db.prepare(sql).all()]),
  ) as Record<keyof typeof QUERIES, unknown[]>;
  db.close();
  return out;
}

/** The same contents read from a PostgreSQL schema. */
async function pgContents(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, unknown[]> = {};
    for (const [name, sql] of Object.entries(QUERIES)) out[name] = (await client.query(sql)).rows;
    return out as ReturnType<typeof contents>;
  } finally {
    await client.end();
  }
}

function ingest(file: string, db: string): string {
  const run = spawnSync(process.execPath, [...INGEST, file, "--db", db, "--batch", "40"], {
    encoding: "utf8",
  });
  expect(run.status).toBe(0);
  return run.stdout;
}

describe("ingest killed midway", () => {
  it("leaves an intact database of whole papers, and a re-run ends with the rows of an uninterrupted run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimboard-crash-"));
    const papers = synthesise(4000, 11);
    const file = join(dir, "corpus.jsonl");
    writeFileSync(
      file,
      papers.map((p) => JSON.stringify({ title: p.title, abstract: p.abstract })).join("\n"),
    );
    const crashed = join(dir, "crashed.sqlite");

    const child = spawn(process.execPath, [...INGEST, file, "--db", crashed, "--batch", "40"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    await new Promise<void>((resolve) => {
      child.stderr.on("data", (chunk: Buffer) => {
        if (/ingested (?:[4-9]\d\d|\d{4})\//.test(chunk.toString())) child.kill("SIGKILL");
      });
      child.on("exit", () => resolve());
    });
    expect(child.signalCode).toBe("SIGKILL");

    const db = new BetterSqlite3(crashed);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const counts = db
      .prepare(
        "select p.title, count(c.id) as n from papers p left join claims c on c.paper_id = p.id group by p.id",
      )
      .all() as { title: string; n: number }[];
    db.close();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.length).toBeLessThan(papers.length);
    const expected = new Map(
      papers.map((p) => [p.title, (preparePaper(p) as { claims: unknown[] }).claims.length]),
    );
    for (const { title, n } of counts) expect(n).toBe(expected.get(title));

    ingest(file, crashed);
    const clean = join(dir, "clean.sqlite");
    ingest(file, clean);
    expect(contents(crashed)).toEqual(contents(clean));
    const again = ingest(file, clean);
    expect(again).toContain("papers: 0 inserted, 0 updated, 4000 unchanged");
    expect(contents(clean)).toEqual(contents(crashed));
  }, 120_000);
});

const WAITING = "waiting for another ingest to finish writing";

/** An ingest child process: its stderr so far, and its exit. */
function startIngest(file: string, db: string) {
  const child = spawn(process.execPath, [...INGEST, file, "--db", db, "--batch", "20"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stderr })),
  );
  return { stderr: () => stderr, done };
}

/** Creates the database (an ingest of nothing) and takes its writer lock until released. */
function holdWriterLock(dir: string, path: string) {
  const empty = join(dir, "empty.jsonl");
  writeFileSync(empty, "");
  spawnSync(process.execPath, [...INGEST, empty, "--db", path]);
  const db = new BetterSqlite3(path);
  db.exec("begin immediate");
  return {
    release: () => {
      db.exec("commit");
      db.close();
    },
  };
}

async function until(ready: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

describe.each(DIALECTS)("two ingests into one %s database at once", (dialect) => {
  it("both complete with the rows of running them one after the other", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimboard-concurrent-"));
    // Two corpora with no title in common: which of two versions of one paper wins is a race by design.
    const [first, second] = [synthesise(1500, 11), synthesise(1500, 12)];
    const titles = new Set(first.map((p) => p.title));
    const files = [first, second.filter((p) => !titles.has(p.title))].map((papers, i) => {
      const file = join(dir, `corpus-${i}.jsonl`);
      writeFileSync(
        file,
        papers.map((p) => JSON.stringify({ title: p.title, abstract: p.abstract })).join("\n"),
      );
      return file;
    });
    const target = async (name: string) =>
      dialect === "sqlite"
        ? join(dir, `${name}.sqlite`)
        : (await resetPgSchema(`concurrent_${name}`), pgSchemaUrl(`concurrent_${name}`));
    const shared = await target("shared");
    // On SQLite the test holds the writer lock until both ingests queue for it, so they are sure
    // to meet however the machine schedules them; after that they contend with each other.
    const holder = dialect === "sqlite" ? holdWriterLock(dir, shared) : null;
    const children = files.map((file) => startIngest(file, shared));
    if (holder) {
      await until(() => children.every((c) => c.stderr().includes(WAITING)), 60_000);
      holder.release();
    }
    const runs = await Promise.all(children.map((c) => c.done));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    if (dialect === "sqlite") for (const run of runs) expect(run.stderr).toContain(WAITING);
    const sequential = await target("sequential");
    for (const file of files) ingest(file, sequential);
    // Which spelling of a model is seen first (and names it) depends on the interleaving; its key does not.
    const read = async (where: string) => {
      const all = dialect === "sqlite" ? contents(where) : await pgContents(where);
      return { ...all, models: all.models.map((m) => (m as { key: string }).key) };
    };
    expect(await read(shared)).toEqual(await read(sequential));
  }, 240_000);
});
