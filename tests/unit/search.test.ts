import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchAll } from "../../db/queries/search";
import type { Database } from "../../db/schema";
import { openFixture } from "../fixtures/build-fixture-db";
import { DIALECTS, PG_SKIP_MESSAGE, PG_URL } from "../fixtures/databases";
import { HOSTILE_SEARCHES, SEARCH_CASES } from "./cases/search-cases";

let db: Kysely<Database>;

if (!PG_URL)
  describe("search on postgres", () => {
    it.skip(PG_SKIP_MESSAGE, () => undefined);
  });

describe.each(DIALECTS)("search on %s", (dialect) => {
  beforeAll(() => {
    db = openFixture(dialect);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it.each(SEARCH_CASES)("finds $name", async ({ q, model, benchmark, firstPaper }) => {
    const found = await searchAll(db, q, 10);
    if (model) expect(found.models[0]?.name).toBe(model);
    if (benchmark) expect(found.benchmarks[0]?.name).toBe(benchmark);
    if (firstPaper) expect(found.papers[0]?.title.startsWith(firstPaper)).toBe(true);
  });

  it("counts each found model's claims", async () => {
    const [first] = (await searchAll(db, "deepseek-v3", 5)).models;
    expect(first?.claims).toBeGreaterThan(0);
  });

  it.each(HOSTILE_SEARCHES)("takes %j as words to look for", async (q) => {
    const found = await searchAll(db, q, 10);
    expect(found.papers.length).toBeLessThanOrEqual(10);
    expect(found.models.every((m) => m.name.toLowerCase().includes(q.toLowerCase()))).toBe(true);
  });
});
