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
