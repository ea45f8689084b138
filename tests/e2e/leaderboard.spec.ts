import { expect, test } from "./fixtures";
import { isSorted, parseCsv, tableModels, tableValues } from "./helpers";

test("a leaderboard sorts by value both ways, and the DOM order follows", async ({ page }) => {
  await page.goto("/benchmarks/coco?metric=ap");
  const initial = await tableValues(page);
  expect(initial.length).toBeGreaterThanOrEqual(5);
  expect(isSorted(initial, "desc")).toBe(true);
  await expect(page.locator("th.col-value")).toHaveAttribute("aria-sort", "descending");
  await page.getByTestId("sort-value").click();
  await expect(page).toHaveURL(/dir=asc/);
  await expect(page.locator("th.col-value")).toHaveAttribute("aria-sort", "ascending");
  const ascending = await tableValues(page);
  expect(ascending).toEqual([...initial].reverse());
  await page.goBack();
  await expect(page.locator("th.col-value")).toHaveAttribute("aria-sort", "descending");
  expect(await tableValues(page)).toEqual(initial);
});

test("a lower-is-better metric ranks the smallest value first", async ({ page }) => {
  await page.goto("/benchmarks/librispeech?rows=all");
  await expect(page.getByTestId("direction")).toContainText("lower is better");
  const values = await tableValues(page);
  expect(values).toEqual([6, 6.5, 7.5]);
  // By default a model shows its best claim only; "every claim" is one click away.
  await page.goto("/benchmarks/librispeech");
  expect(await tableValues(page)).toEqual([6]);
  await page.getByRole("link", { name: "every claim" }).click();
  await expect(page).toHaveURL(/rows=all/);
  expect(await tableValues(page)).toEqual([6, 6.5, 7.5]);
  await expect(page.locator("[data-testid=claim-row] td.col-rank").first()).toHaveText("1");
});

test("sorting by model orders rows by name and keeps the URL shareable", async ({ page }) => {
  await page.goto("/benchmarks/coco?metric=ap");
  await page.getByTestId("sort-model").click();
  await expect(page).toHaveURL(/sort=model/);
  const models = await tableModels(page);
  expect(models).toEqual([...models].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  expect(await tableModels(other)).toEqual(models);
});

test("a reader hides columns from the menu; the URL keeps them hidden through sorting and sharing", async ({
  page,
}) => {
  // The menu stays open across the toggles' navigations, so it is opened only when closed.
  const openMenu = async () => {
    const menu = page.locator("details.columns-menu");
    if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator("summary").click();
  };
  await page.goto("/benchmarks/coco?metric=ap");
  await expect(page.locator("th.col-paper")).toBeVisible();
  await openMenu();
  await page.getByRole("link", { name: "Hide the Paper column" }).click();
  await expect(page).toHaveURL(/hide=paper/);
  await expect(page.locator("th.col-paper")).toHaveCount(0);
  await expect(page.locator("td.col-paper")).toHaveCount(0);
  await openMenu();
  await page.getByRole("link", { name: "Hide the Evidence column" }).click();
  await expect(page).toHaveURL(/hide=paper%2Cevidence/);
  await page.getByTestId("sort-model").click();
  await expect(page).toHaveURL(/sort=model/);
  await expect(page.locator("th.col-paper, th.col-evidence")).toHaveCount(0);
  await openMenu();
  await page.getByRole("link", { name: "Show the Paper column" }).click();
  await expect(page.locator("th.col-paper")).toBeVisible();
  await expect(page.locator("th.col-evidence")).toHaveCount(0);
  // The table is rendered on the server: a fresh load of the same URL shows the same columns.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(other.locator("th.col-paper")).toBeVisible();
  await expect(other.locator("th.col-evidence")).toHaveCount(0);
});

test("a value links to its paper with the claim highlighted and scrolled into view", async ({ page }) => {
  await page.goto("/benchmarks/coco?metric=ap");
  const link = page.getByTestId("claim-value").first();
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  const anchor = page.locator(href.slice(href.indexOf("#")));
  await expect(anchor).toBeInViewport();
  expect(await anchor.evaluate((el) => el.matches(":target"))).toBe(true);
  await expect(page.getByTestId("arxiv-link")).toHaveAttribute(
    "href",
    /^https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5}$/,
  );
});

test("clicking a chart bar, or Enter on it, opens its evidence", async ({ page }) => {
  await page.goto("/benchmarks/coco?metric=ap");
  const bar = page.getByTestId("chart-bar").first();
  await expect(bar).toBeVisible();
  const href = (await bar.getAttribute("href"))!;
  await bar.click();
  await expect(page).toHaveURL(new RegExp(`/papers/\\d+#claim-\\d+$`));
  await expect(page.locator(href.slice(href.indexOf("#")))).toBeInViewport();
  await page.goBack();
  const again = page.getByTestId("chart-bar").nth(1);
  await again.focus();
  const target = (await again.getAttribute("href"))!;
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
});

test("the CSV download has the table's rows in the same order, with the header", async ({ page }) => {
  await page.goto("/benchmarks/coco?metric=ap&sort=model&dir=desc");
  const downloadPromise = page.waitForEvent("download");
  await page.getByTestId("download-csv").click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("claimboard-coco-ap.csv");
  const csv = parseCsv(
    await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString("utf8")),
  );
  const [header, ...rows] = csv;
  expect(header?.join(",")).toBe(
    "rank,model,benchmark,metric,setting,value,unit,kind,higher_is_better,self_reported,confidence,listed,paper,published,arxiv_id,evidence,evidence_url,paper_url,arxiv_url,review_status,review_reason,extracted_model,extracted_benchmark,extracted_metric,extracted_setting,extracted_value,extracted_unit",
  );
  expect(rows.map((r) => r[1])).toEqual(await tableModels(page));
  expect(rows.map((r) => Number(r[5]))).toEqual(await tableValues(page));
  expect(rows.every((r) => r[11] === "true")).toBe(true);
  // Links open from a spreadsheet: absolute, and the arXiv id as a link too.
  expect(rows.every((r) => /^http:\/\/127\.0\.0\.1:\d+\/papers\/\d+#claim-\d+$/.test(r[16] ?? ""))).toBe(
    true,
  );
  expect(rows.every((r) => r[17] === r[16]?.replace(/#.*$/, ""))).toBe(true);
  expect(rows.filter((r) => r[14]).every((r) => r[18] === `https://arxiv.org/abs/${r[14]}`)).toBe(true);
});

test("a leaderboard ranks one setting at a time and shows the setting on each row", async ({ page }) => {
  await page.goto("/benchmarks/coco?metric=ap");
  const settings = page.getByRole("navigation", { name: "Setting" });
  await expect(settings.getByRole("link", { name: /standard setting/ })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await settings.getByRole("link", { name: /Objects365 pre-training/ }).click();
  await expect(page).toHaveURL(/setting=Objects365/);
  expect(await tableValues(page)).toEqual([56.2, 55.3]);
  await expect(page.locator("[data-testid=claim-row] td.col-setting").first()).toHaveText(
    "Objects365 pre-training",
  );
});

test("the About page gives the extractor's figures for every gold set", async ({ page }) => {
  await page.goto("/about");
  const figures = page.getByTestId("eval-figures");
  await expect(figures.getByRole("rowheader", { name: "daily-papers" })).toBeVisible();
  await expect(figures).toContainText("Listed scores, strict");
});

test("a leaderboard narrows to papers of a date range, best per model within it", async ({ page }) => {
  await page.goto("/benchmarks/coco?metric=ap");
  await page.getByTestId("from").fill("2022-01-01");
  await page.getByTestId("to").fill("2022-12-31");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/from=2022-01-01&to=2022-12-31/);
  const models = await page.getByTestId("claim-row").locator("td.col-model").allTextContents();
  expect(models.map((m) => m.trim())).toEqual(["AGVM", "YOLOv6-S", "YOLOv6-N"]);
  await page.goto("/benchmarks/coco?metric=ap&from=2023-01-01");
  await expect(page.getByTestId("claim-row")).toHaveCount(2);
  await page.goto("/benchmarks/coco?metric=ap&from=2023%2F01%2F01");
  await expect(page.locator(".param-error")).toContainText("from must be a date written YYYY-MM-DD");
});

test("a leaderboard narrows to a model size read from the names", async ({ page }) => {
  await page.goto("/benchmarks/minif2ftest");
  const all = await page.getByTestId("claim-row").count();
  await page.getByTestId("size").selectOption("gt70");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/size=gt70/);
  const big = await page.getByTestId("claim-row").locator("td.col-model").allTextContents();
  expect(big.map((m) => m.trim())).toEqual(["DeepSeek-Prover-V2-671B"]);
  await page.goto("/benchmarks/minif2ftest?size=unknown");
  await expect(page.getByTestId("claim-row")).toHaveCount(all - 1);
  await page.goto("/benchmarks/minif2ftest?size=huge");
  await expect(page.locator(".param-error")).toContainText(
    "size must be one of any, le1, le3, le8, le14, le35, le70, gt70, unknown",
  );
});
