/**
 * `npm run fetch` against a local server that replays the two APIs (tests/fixtures/replay-server.ts):
 * the right papers land once, repeated and interrupted runs converge, waits honour Retry-After and
 * arXiv's interval, bad bodies are reported and skipped, and the archive replays to the same rows.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDb } from "../../db/connection";
import { getWithRetry, parseRetryAfter } from "../../db/fetch/http";
import { arxivIdsPage, arxivQueryPage, hfDailyPage } from "../../db/fetch/sources";
import { atomFeed, hfDay, PAPERS } from "../fixtures/api-responses";
import { startReplay, type Replay } from "../fixtures/replay-server";
import { FETCH_USAGE_CASES, RETRY_AFTER_CASES } from "./cases/fetch-cases";

type Run = { code: number; stdout: string; stderr: string };

function cli(script: string, args: string[]): Promise<Run> {
  return new Promise((done) =>
    execFile(
      process.execPath,
      ["--import", "tsx", script, ...args],
      { timeout: 120_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

let server: Replay;
let dir: string;
const db = () => join(dir, "fetched.sqlite");
const archive = () => join(dir, "raw");
const fetchCli = (...args: string[]) =>
  cli("db/cli/fetch.ts", [...args, "--db", db(), "--archive", archive(), "--base-url", server.base]);
const pathOf = (url: string) => url.slice(url.indexOf("/api/"));
const DAYS = ["2026-11-01", "2026-11-02", "2026-11-03"];
const allThreeDays = (...extra: string[]) =>
  fetchCli("hf-daily", "--from", DAYS[0]!, "--to", DAYS[2]!, "--delay-ms", "0", ...extra);
const hfPath = (day: string) => pathOf(hfDailyPage("http://x", day).url);

/** Papers and claims as a user would see them: the same rows, whatever the order of arrival. */
async function snapshot(file: string) {
  const k = openDb(file, { readonly: true });
  try {
    const papers = await k
      .selectFrom("papers")
      .select(["title_key", "title", "abstract", "arxiv_id", "url", "published"])
      .orderBy("title_key")
      .execute();
    const claims = await k
      .selectFrom("claims")
      .innerJoin("papers", "papers.id", "claims.paper_id")
      .select(["papers.title_key", "claims.value_start", "claims.value", "claims.metric", "claims.listed"])
      .orderBy("papers.title_key")
      .orderBy("claims.value_start")
      .execute();
    return { papers, claims };
  } finally {
    await k.destroy();
  }
}

/** Three days of daily papers: two papers, an empty day, then one new (null publishedAt) and one repeat. */
function routeThreeDays(): void {
  server.route(hfPath(DAYS[0]!), { body: hfDay([PAPERS[0]!, PAPERS[1]!], DAYS[0]!) });
  server.route(hfPath(DAYS[1]!), { body: "[]" });
  server.route(hfPath(DAYS[2]!), { body: hfDay([PAPERS[2]!, PAPERS[0]!], DAYS[2]!) });
}

beforeEach(async () => {
  server = await startReplay();
  dir = mkdtempSync(join(tmpdir(), "claimboard-fetch-"));
});
afterEach(() => server.close());

describe("fetch hf-daily", () => {
  it("lands each paper once, and a repeated run fetches nothing new", async () => {
    routeThreeDays();
    const first = await allThreeDays();
    expect(first.stderr).not.toContain("skipped:");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("pages: 3 requested, 0 from the archive");
    expect(first.stdout).toContain("papers: 3 inserted, 0 updated");
    expect(server.log.map((r) => r.path)).toEqual(DAYS.map(hfPath));
    expect(server.log[0]!.path).toBe("/api/daily_papers?date=2026-11-01");
    expect(server.log.every((r) => /^Claimboard\/\S+ \(\+https?:/.test(r.userAgent))).toBe(true);
    const rows = await snapshot(db());
    expect(rows.papers.map((p) => p.arxiv_id)).toEqual(
      expect.arrayContaining(["2611.00101", "2611.00102", "2611.00103"]),
    );
    expect(rows.papers.find((p) => p.arxiv_id === "2611.00103")?.published).toBeNull();
    expect(rows.claims.length).toBeGreaterThan(3);

    const again = await allThreeDays();
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("pages: 0 requested, 3 from the archive");
    expect(again.stdout).toContain("papers: 0 inserted, 0 updated");
    expect(server.log).toHaveLength(3);
    expect(await snapshot(db())).toEqual(rows);
  });

  it("an interrupted run resumes where it stopped and converges to the rows of a clean run", async () => {
    routeThreeDays();
    server.route(hfPath(DAYS[2]!), { status: 503, body: "down" });
    const broken = await allThreeDays("--retries", "0");
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("HTTP 503");
    expect((await snapshot(db())).papers).toHaveLength(2);

    routeThreeDays();
    const resumed = await allThreeDays();
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain("pages: 1 requested, 2 from the archive");

    const cleanDb = join(dir, "clean.sqlite");
    const clean = await cli("db/cli/fetch.ts", [
      ...["hf-daily", "--from", DAYS[0]!, "--to", DAYS[2]!, "--delay-ms", "0"],
      ...["--db", cleanDb, "--archive", join(dir, "raw-clean"), "--base-url", server.base],
    ]);
    expect(clean.code).toBe(0);
    expect(await snapshot(db())).toEqual(await snapshot(cleanDb));
  });

  it("honours Retry-After on a 429 and retries a slow answer past the timeout", async () => {
    routeThreeDays();
    server.route(
      hfPath(DAYS[0]!),
      { status: 429, body: "slow down", headers: { "Retry-After": "2" } },
      {
        body: hfDay([PAPERS[0]!], DAYS[0]!),
      },
    );
    server.route(hfPath(DAYS[1]!), { body: "[]", delayMs: 3000 }, { body: "[]" });
    const run = await fetchCli(
      "hf-daily",
      "--from",
      DAYS[0]!,
      "--to",
      DAYS[1]!,
      "--delay-ms",
      "0",
      "--timeout-ms",
      "800",
    );
    expect(run.code).toBe(0);
    const first = server.log.filter((r) => r.path === hfPath(DAYS[0]!));
    expect(first).toHaveLength(2);
    expect(first[1]!.at - first[0]!.at).toBeGreaterThanOrEqual(1950);
    expect(server.log.filter((r) => r.path === hfPath(DAYS[1]!))).toHaveLength(2);
    expect(run.stderr).toContain("HTTP 429");
    expect(run.stderr).toContain("no complete answer within 800 ms");
  });

  it("reports a cut-off or malformed day and keeps the good ones, archiving only whole answers", async () => {
    routeThreeDays();
    const whole = hfDay([PAPERS[2]!], DAYS[2]!);
    server.route(hfPath(DAYS[1]!), { body: '[{"paper": {"id": "2611' });
    server.route(hfPath(DAYS[2]!), { body: whole, cutAt: 40 });
    const run = await allThreeDays("--retries", "1");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the answer is not valid JSON");
    expect(run.stderr).toContain("Hugging Face daily papers of 2026-11-03");
    expect((await snapshot(db())).papers).toHaveLength(2);
    expect(readdirSync(archive() + "/hf-daily")).toEqual([DAYS[0]]);
  });

  it("--dry-run says what it would fetch and sends nothing", async () => {
    const run = await fetchCli("hf-daily", "--from", DAYS[0]!, "--to", DAYS[1]!, "--dry-run");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `would fetch Hugging Face daily papers of 2026-11-01: ${server.base}/api/daily_papers?date=2026-11-01`,
    );
    expect(server.log).toHaveLength(0);
  });
});

describe("fetch arxiv", () => {
  const query = "cat:cs.CL AND abs:benchmark";
  const page = (start: number, size: number) =>
    pathOf(arxivQueryPage("http://x", query, start, size, "d").url);

  it("pages through opensearch:totalResults, keeping the delay between requests", async () => {
    server.route(page(0, 2), { body: atomFeed(PAPERS.slice(0, 2), 5, 0) });
    server.route(page(2, 2), { body: atomFeed(PAPERS.slice(2, 4), 5, 2) });
    server.route(page(4, 1), { body: atomFeed(PAPERS.slice(4, 5), 5, 4) });
    const run = await fetchCli("arxiv", "--query", query, "--page-size", "2", "--delay-ms", "700");
    expect(run.code).toBe(0);
    expect(server.log.map((r) => r.path)).toEqual([page(0, 2), page(2, 2), page(4, 1)]);
    expect(server.log[0]!.path).toMatch(
      /^\/api\/query\?search_query=cat%3Acs\.CL\+AND\+abs%3Abenchmark&start=0&max_results=2/,
    );
    for (let i = 1; i < server.log.length; i++)
      expect(server.log[i]!.at - server.log[i - 1]!.at).toBeGreaterThanOrEqual(690);
    expect(run.stdout).toContain("(5 results in all)");
    expect((await snapshot(db())).papers).toHaveLength(5);
  });

  it("skips a cut-off page without losing the others, and the archive replays to the same database", async () => {
    server.route(page(0, 2), { body: atomFeed(PAPERS.slice(0, 2), 5, 0) });
    server.route(page(2, 2), { body: atomFeed(PAPERS.slice(2, 4), 5, 2).slice(0, -30) });
    server.route(page(4, 1), { body: atomFeed(PAPERS.slice(4, 5), 5, 4) });
    const run = await fetchCli("arxiv", "--query", query, "--page-size", "2", "--delay-ms", "0");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the answer is not a whole Atom feed");
    expect((await snapshot(db())).papers.map((p) => p.arxiv_id).sort()).toEqual([
      "2611.00101",
      "2611.00102",
      "2611.00105",
    ]);

    const days = readdirSync(join(archive(), "arxiv"));
    const files = days.flatMap((d) =>
      readdirSync(join(archive(), "arxiv", d)).map((f) => join(archive(), "arxiv", d, f)),
    );
    expect(files).toHaveLength(2);
    const replayed = join(dir, "replayed.sqlite");
    expect((await cli("db/cli/ingest.ts", [...files, "--db", replayed])).code).toBe(0);
    expect(await snapshot(replayed)).toEqual(await snapshot(db()));
  });

  it("asks only for ids not held, and a new version updates the paper and keeps its curation", async () => {
    const v1 = PAPERS[0]!;
    const idsPath = (ids: string[]) => pathOf(arxivIdsPage("http://x", ids, "d").url);
    server.route(idsPath([v1.id, PAPERS[1]!.id]), { body: atomFeed([v1, PAPERS[1]!], 2, 0) });
    expect((await fetchCli("arxiv", "--ids", `${v1.id},${PAPERS[1]!.id}`, "--delay-ms", "0")).code).toBe(0);
    const k = openDb(db());
    const [before] = await k
      .selectFrom("papers")
      .select(["title_key"])
      .where("arxiv_id", "=", v1.id)
      .execute();
    await k
      .insertInto("flags")
      .values({
        paper_key: before!.title_key,
        value_start: 60,
        value: 71.2,
        reason: "value",
        note: "",
        client: "t",
        created_at: "2026-11-29T00:00:00Z",
        reviewed_at: null,
      })
      .execute();
    await k.destroy();

    const again = await fetchCli("arxiv", "--ids", `${v1.id},${PAPERS[1]!.id}`, "--delay-ms", "0");
    expect(again.stdout).toContain("papers already held: 2");
    expect(server.log).toHaveLength(1);

    const v2 = {
      ...v1,
      version: 2,
      title: "Kestrel: Small Models That Reason Step by Step",
      summary: v1.summary.replace("71.2%", "72.0%"),
    };
    server.route(page(0, 100), { body: atomFeed([v2], 1, 0) });
    const update = await fetchCli("arxiv", "--query", query, "--delay-ms", "0");
    expect(update.stdout).toContain("papers: 0 inserted, 1 updated");
    const rows = await snapshot(db());
    expect(rows.papers.filter((p) => p.arxiv_id === v1.id)).toEqual([
      expect.objectContaining({ title: v2.title, url: `http://arxiv.org/abs/${v1.id}v2` }),
    ]);
    const k2 = openDb(db(), { readonly: true });
    const flags = await k2.selectFrom("flags").select("paper_key").execute();
    await k2.destroy();
    expect(flags.map((f) => f.paper_key)).toEqual([rows.papers.find((p) => p.arxiv_id === v1.id)!.title_key]);
  });
});

describe("fetch arguments", () => {
  it.each(FETCH_USAGE_CASES)("$args", async ({ args, stderr }) => {
    const run = await cli("db/cli/fetch.ts", [...args, "--db", db(), "--archive", archive()]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(stderr);
    expect(server.log).toHaveLength(0);
  });
});

/** One request with a policy whose waits are recorded, not sat out (jitter fixed at its top). */
function getOnce(waits: number[], policy: { retries: number; maxDelayMs: number }) {
  return getWithRetry(`${server.base}/api/daily_papers?date=2026-11-01`, {
    userAgent: "test",
    timeoutMs: 1000,
    baseDelayMs: 10,
    deadline: Date.now() + 60_000,
    sleep: async (ms) => void waits.push(ms),
    random: () => 1,
    ...policy,
  });
}

describe("waiting before a retry", () => {
  it.each(RETRY_AFTER_CASES)("Retry-After $value", ({ value, ms }) => {
    expect(parseRetryAfter(value, Date.parse("2026-11-30T00:00:00Z"))).toBe(ms);
  });

  it("gives up at once when the server's Retry-After would pass the run's time limit", async () => {
    server.route("/api/daily_papers", { status: 503, body: "", headers: { "Retry-After": "3600" } });
    const waits: number[] = [];
    const outcome = await getOnce(waits, { retries: 5, maxDelayMs: 100 });
    expect(outcome).toEqual({ ok: false, error: expect.stringContaining("would pass the run time limit") });
    expect(waits).toEqual([]);
    expect(server.log).toHaveLength(1);
  });

  it("backs off exponentially, capped, when the server gives no advice", async () => {
    server.route("/api/daily_papers", { status: 502, body: "" });
    const waits: number[] = [];
    await getOnce(waits, { retries: 4, maxDelayMs: 50 });
    expect(waits).toEqual([10, 20, 40, 50]);
    expect(server.log).toHaveLength(5);
  });
});
