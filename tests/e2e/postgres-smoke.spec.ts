import { expect, test } from "@playwright/test";
import { PG_SKIP_MESSAGE } from "../fixtures/databases";
import { isSorted, parseCsv, tableModels, tableValues } from "./helpers";

// Runs in the "postgres" project, against `next start` with DATABASE_URL set.
test.skip(!process.env.CLAIMBOARD_TEST_PG, PG_SKIP_MESSAGE);

test("on PostgreSQL: the home page, a sorted leaderboard, its CSV, a paper, the API and a 404", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("benchmark-row").filter({ hasText: "COCO" })).toHaveCount(1);
  expect(Number((await page.getByTestId("stat-claims").innerText()).replace(/,/g, ""))).toBeGreaterThan(200);

  await page.goto("/benchmarks/coco?metric=ap");
  expect(isSorted(await tableValues(page), "desc")).toBe(true);
  await page.getByTestId("sort-value").click();
  await expect(page).toHaveURL(/dir=asc/);
  const values = await tableValues(page);
  expect(isSorted(values, "asc")).toBe(true);

  const csv = parseCsv(
    await (await request.get("/api/export?view=benchmark&slug=coco&metric=ap&dir=asc")).text(),
  );
  const valueColumn = csv[0]!.indexOf("value");
  expect(csv.slice(1).map((r) => Number(r[valueColumn]))).toEqual(values);
  expect(csv.slice(1).map((r) => r[1])).toEqual(await tableModels(page));

  await page.getByTestId("claim-value").first().click();
  await expect(page).toHaveURL(/\/papers\/\d+#claim-\d+$/);
  await expect(page.locator(".claim-mark:target")).toBeInViewport();

  const bad = await request.get("/api/claims?kind=nope");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({
    error: 'kind must be one of score, delta, speedup, bound, all (got "nope")',
  });
  expect((await page.goto("/models/no-such-model"))?.status()).toBe(404);

  // The session-5 queries: facts (leads), date range and size filters, feeds and preview images.
  await page.goto("/models/rtdetrr101");
  await expect(page.getByTestId("leads")).toContainText("COCO");
  await page.goto("/benchmarks/coco?metric=ap&from=2023-01-01&size=unknown");
  await expect(page.getByTestId("claim-row")).toHaveCount(2);
  expect((await request.get("/feeds/benchmarks/coco.xml")).status()).toBe(200);
  expect((await request.get("/og/benchmarks/coco.png")).headers()["content-type"]).toBe("image/png");
});
