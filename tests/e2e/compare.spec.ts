import { expect, test } from "./fixtures";

test("comparing two models shows their shared benchmarks and a chart with bars for both", async ({
  page,
}) => {
  await page.goto("/compare?models=rtdetrr50,rtdetrr101");
  const table = page.getByTestId("compare-table");
  await expect(table).toBeVisible();
  await expect(table.locator("thead th")).toHaveText(["Benchmark · metric", "RT-DETR-R50", "RT-DETR-R101"]);
  // The standard setting and extra pre-training data are separate rows, each with its own winner.
  const coco = page.getByTestId("compare-row").filter({ hasText: "COCO · AP", hasNotText: "pre-training" });
  await expect(coco).toHaveCount(1);
  await expect(coco.locator("td.winner")).toHaveCount(1);
  await expect(coco.locator("td.winner")).toContainText("54.3%");
  const extra = page.getByTestId("compare-row").filter({ hasText: "COCO · AP (Objects365 pre-training)" });
  await expect(extra.locator("td.winner")).toContainText("56.2%");
  await expect(page.locator("[data-testid=compare-bar][data-model=rtdetrr50]").first()).toBeVisible();
  await expect(page.locator("[data-testid=compare-bar][data-model=rtdetrr101]").first()).toBeVisible();
});

test("the model picker adds a model through the URL", async ({ page }) => {
  await page.goto("/compare?models=rtdetrr50");
  await expect(page.getByText("Pick at least two models")).toBeVisible();
  await page.getByTestId("model-search").fill("RT-DETR-R101");
  await page.getByRole("button", { name: /^RT-DETR-R101/ }).click();
  await expect(page).toHaveURL(/models=rtdetrr50,rtdetrr101$/);
  await expect(page.getByTestId("compare-table")).toBeVisible();
});

test("each metric gets its own chart: AP and FPS never share an axis", async ({ page }) => {
  await page.goto("/compare?models=rtdetrr50,rtdetrr101");
  const charts = page.locator("figure.chart");
  await expect(charts).toHaveCount(2);
  await expect(charts.nth(0).locator("figcaption")).toHaveText("AP: best value per model (higher is better)");
  await expect(charts.nth(1).locator("figcaption")).toHaveText(
    "FPS (T4): best value per model (higher is better)",
  );
});

test("the model picker says so when no model matches", async ({ page }) => {
  await page.goto("/compare?models=rtdetrr50");
  await page.getByTestId("model-search").fill("zzqq-no-such-model");
  await expect(page.getByTestId("no-model-match")).toHaveText(
    "No model matches “zzqq-no-such-model”: try part of its name or another spelling.",
  );
  await page.getByTestId("model-search").fill("RT-DETR");
  await expect(page.getByTestId("no-model-match")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^RT-DETR-R101/ })).toBeVisible();
});

test("suggestions offer models that share benchmarks, and one click adds one", async ({ page }) => {
  await page.goto("/compare?models=rtdetrr50");
  const suggestions = page.getByTestId("compare-suggestions");
  await expect(suggestions).toContainText(/RT-DETR-R101 \(\d+ benchmarks?\)/);
  await suggestions.getByRole("link", { name: "RT-DETR-R101" }).click();
  await expect(page).toHaveURL(/\/compare\?models=rtdetrr50,rtdetrr101$/);
  await expect(page.getByText(/\d+ shared benchmarks?/)).toBeVisible();
  await expect(
    page.getByTestId("compare-suggestions").getByRole("link", { name: "RT-DETR-R101" }),
  ).toHaveCount(0);
});
