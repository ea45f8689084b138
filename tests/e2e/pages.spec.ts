import { expect, test } from "./fixtures";
import { BAD_API_PARAMS, BAD_PAGE_PARAMS, NOT_FOUND_PATHS, PAGES } from "./cases";
import { screenshot } from "./helpers";

for (const { name, path, heading } of PAGES) {
  test(`page ${name} renders and is saved as a screenshot`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await page.waitForLoadState("networkidle");
    await screenshot(page, name);
  });
}

test("the home page lists benchmarks with counts and headline figures", async ({ page }) => {
  await page.goto("/");
  const rows = page.getByTestId("benchmark-row");
  expect(await rows.count()).toBeGreaterThan(20);
  await expect(rows.filter({ hasText: "COCO" })).toHaveCount(1);
  expect(Number((await page.getByTestId("stat-papers").innerText()).replace(/,/g, ""))).toBe(113);
  await page.getByTestId("benchmark-search").fill("coco");
  await page.getByTestId("benchmark-search").press("Enter");
  await expect(page).toHaveURL(/\?q=coco$/);
  await expect(rows).toHaveCount(1);
});

for (const { path, message } of BAD_PAGE_PARAMS) {
  test(`a bad parameter on ${path} shows an error, not a crash`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "Bad query parameter" })).toContainText(message);
  });
}

for (const { path, status, error } of BAD_API_PARAMS) {
  test(`the API answers ${status} for ${path.slice(0, 60)}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(status);
    expect(await response.json()).toEqual({ error });
  });
}

for (const path of NOT_FOUND_PATHS) {
  test(`an unknown ${path} is a real 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  });
}

test("a paper page says each claim in words and keeps the extractor's details behind a toggle", async ({
  page,
}) => {
  await page.goto("/papers/104");
  const words = page.getByTestId("claim-words");
  await expect(words.filter({ hasText: "RT-DETR-R50 scores 53.1% AP on COCO" }).first()).toContainText(
    "about the authors' own model. On leaderboards",
  );
  const details = page.locator("details.claim-details").first();
  const rule = details.getByTestId("claim-rule");
  await expect(rule).toBeHidden();
  await details.locator("summary").click();
  await expect(rule).toBeVisible();
  await expect(rule).toHaveText(/rule [a-z-]+, confidence \d\.\d\d\./);
});
