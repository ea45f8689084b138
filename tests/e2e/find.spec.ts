/** Finding things: the header search with type-ahead, its results page, and the index pages. */
import { expect, test } from "./fixtures";

test("the header search suggests models as one types, and the arrow keys and Enter open one", async ({
  page,
}) => {
  await page.goto("/claims");
  const box = page.getByRole("combobox", { name: "Search models, benchmarks and papers" });
  await box.fill("deepseek-v");
  const options = page.getByRole("option");
  await expect(options.first()).toContainText("DeepSeek-V3");
  await box.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/models\/deepseekv3$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("DeepSeek-V3");
});

test("searching finds models, benchmarks and papers, and says when nothing matches", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "Search models, benchmarks and papers" }).fill("deepseek");
  await page.getByRole("combobox", { name: "Search models, benchmarks and papers" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=deepseek$/);
  await expect(page.getByTestId("search-models")).toContainText("DeepSeek-V3");
  await expect(page.getByTestId("search-papers").getByRole("link").first()).toBeVisible();
  await page.goto("/search?q=coco");
  await expect(page.getByTestId("search-benchmarks")).toContainText("COCO");
  await page.goto("/search?q=zzqqxx");
  await expect(page.getByText("Nothing matches “zzqqxx”", { exact: false })).toBeVisible();
});

test("the index pages list, sort, filter and page", async ({ page, request }) => {
  await page.goto("/benchmarks");
  await expect(page.getByTestId("index-row").filter({ hasText: "COCO" })).toHaveCount(1);
  await page.goto("/benchmarks?sort=name");
  const names = await page.getByTestId("index-row").locator("td:first-child").allTextContents();
  const lower = names.map((n) => n.toLowerCase());
  expect(lower).toEqual([...lower].sort());
  await page.goto("/models?q=yolo");
  const models = await page.getByTestId("index-row").locator("td:first-child").allTextContents();
  expect(models.length).toBeGreaterThan(1);
  expect(models.every((m) => /yolo/i.test(m))).toBe(true);
  await page.goto("/papers?per=10");
  await expect(page.getByTestId("index-row")).toHaveCount(10);
  await expect(page.getByText("Page 1 of 12")).toBeVisible();
  await page.goto("/papers?from=2030-01-01");
  await expect(page.getByTestId("index-row")).toHaveCount(0);
  const api = (await (await request.get("/api/models?q=yolo&per=1")).json()) as {
    items: unknown[];
    total: number;
  };
  expect(api.items).toHaveLength(1);
  expect(api.total).toBe(models.length);
});

test("the benchmark index sorts by models and newest result and filters by area", async ({
  page,
  request,
}) => {
  await page.goto("/benchmarks?sort=models");
  const column = (header: string) =>
    page.getByTestId("index-row").locator(`td[data-label="${header}"]`).allTextContents();
  const models = (await column("Models")).map(Number);
  expect(models.length).toBeGreaterThan(3);
  expect(models).toEqual([...models].sort((a, b) => b - a));
  await page.goto("/benchmarks?sort=newest");
  const newest = (await column("Newest result")).filter(Boolean);
  expect(newest).toEqual([...newest].sort().reverse());
  await page.getByLabel("Area").selectOption("vision");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/\/benchmarks\?.*area=vision/);
  const areas = await column("Area");
  expect(areas.length).toBeGreaterThan(0);
  expect(new Set(areas)).toEqual(new Set(["vision"]));
  await expect(page.getByTestId("index-row").filter({ hasText: "COCO" })).toHaveCount(1);
  const api = (await (await request.get("/api/benchmarks?area=vision&per=500")).json()) as {
    items: { area: string }[];
    total: number;
  };
  expect(api.total).toBe(areas.length);
  expect(api.items.every((b) => b.area === "vision")).toBe(true);
});

test("the model index filters by family and by size", async ({ page, request }) => {
  await page.goto("/models");
  await page.getByLabel("Family").selectOption("DeepSeek");
  await page.getByLabel("Size").selectOption("le8");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/family=DeepSeek/);
  const cells = (header: string) =>
    page.getByTestId("index-row").locator(`td[data-label="${header}"]`).allTextContents();
  const families = await cells("Family");
  expect(families.length).toBeGreaterThan(0);
  expect(new Set(families)).toEqual(new Set(["DeepSeek"]));
  expect((await cells("Size")).every((s) => Number(s.replace("B", "")) <= 8)).toBe(true);
  const api = (await (await request.get("/api/models?family=DeepSeek&size=le8")).json()) as {
    items: { family: string; params: number }[];
  };
  expect(api.items.length).toBe(families.length);
  expect(api.items.every((m) => m.family === "DeepSeek" && m.params <= 8)).toBe(true);
});

test("page titles name things as papers write them, never by slug", async ({ page }) => {
  for (const [path, title] of [
    ["/benchmarks/coco", "Leaderboard: COCO · Claimboard"],
    ["/models/deepseekv3", "Model: DeepSeek-V3 · Claimboard"],
    ["/models/no-such-model", "Not found · Claimboard"],
  ] as const) {
    await page.goto(path);
    await expect(page, path).toHaveTitle(title);
  }
});

test("a page number past the end opens the last page", async ({ page }) => {
  await page.goto("/papers?per=10&page=99");
  await expect(page).toHaveURL(/\/papers\?per=10&page=12$/);
  await expect(page.getByText("Page 12 of 12")).toBeVisible();
  await page.goto("/claims?page=999");
  await expect(page).toHaveURL(/\/claims\?page=\d+$/);
  await expect(page.getByTestId("claim-row").first()).toBeVisible();
});

test("/claims shows the newest claims first", async ({ page }) => {
  await page.goto("/claims");
  const dates = await page.getByTestId("claim-row").locator("td.col-date time").allTextContents();
  expect(dates.length).toBeGreaterThan(10);
  const known = dates.filter((d) => /\d{4}/.test(d));
  expect(known).toEqual([...known].sort((a, b) => Date.parse(b) - Date.parse(a)));
});

test("every page's footer says when the data was last updated", async ({ page }) => {
  for (const path of ["/", "/papers", "/benchmarks/coco"]) {
    await page.goto(path);
    const stamp = page.locator("footer time");
    await expect(stamp).toHaveText("2026-11-28 06:05 UTC");
    await expect(stamp).toHaveAttribute("datetime", "2026-11-28T06:05:00.000Z");
  }
});

test("leaderboards and model pages open with their facts", async ({ page }) => {
  await page.goto("/benchmarks/coco");
  const facts = page.getByTestId("facts");
  await expect(facts.locator("div", { hasText: "Usual metric" })).toContainText(
    "AP (higher is better), per curated",
  );
  await expect(facts.locator("div", { hasText: "Area" })).toContainText("vision");
  await expect(facts.locator("div", { hasText: "Results" })).toContainText(/\d+ models in \d+ papers/);
  await expect(facts.locator("div", { hasText: "Full name" })).toContainText("Common Objects in Context");
  await expect(facts.locator("div", { hasText: "Measures" })).toContainText("object detection");
  await expect(
    facts.getByRole("link", { name: "Microsoft COCO: Common Objects in Context" }),
  ).toHaveAttribute("href", "https://arxiv.org/abs/1405.0312");
  await expect(facts.locator("div", { hasText: "Metrics here" })).toContainText("AP (higher is better)");
  // A benchmark no list describes: the paper here that is named after it introduced it.
  await page.goto("/benchmarks/probench");
  await facts.getByRole("link", { name: /^ProBench: Benchmarking/ }).click();
  await expect(page).toHaveURL(/\/papers\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("ProBench");
  await page.goto("/models/rtdetrr101");
  await expect(page.getByTestId("facts").locator("div", { hasText: "Family" })).toContainText("RT-DETR");
  await expect(page.getByTestId("leads")).toContainText("COCO · AP (Objects365 pre-training)");
  await page.getByTestId("leads").getByRole("link", { name: "COCO" }).first().click();
  await expect(page).toHaveURL(/\/benchmarks\/coco$/);
});

test("a base model and its variants link to each other", async ({ page }) => {
  await page.goto("/models/deepseekr1");
  const variants = page.getByTestId("variants");
  await expect(variants.getByRole("link")).toHaveText(["DeepSeek-R1-1.5B", "DeepSeek-R1-Distill-Qwen-7B"]);
  await variants.getByRole("link", { name: "DeepSeek-R1-Distill-Qwen-7B" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("DeepSeek-R1-Distill-Qwen-7B");
  const base = page.getByTestId("facts").locator("div", { hasText: "Based on" });
  await base.getByRole("link", { name: "DeepSeek-R1" }).click();
  await expect(page).toHaveURL(/\/models\/deepseekr1$/);
  // A model nothing continues has no variants row.
  await page.goto("/models/deepseekr1distillqwen7b");
  await expect(page.getByTestId("variants")).toHaveCount(0);
});
