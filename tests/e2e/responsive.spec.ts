import { expect, test } from "./fixtures";
import { screenshot } from "./helpers";

const PHONE_PAGES = [
  { name: "phone-home", path: "/" },
  { name: "phone-benchmark", path: "/benchmarks/coco?metric=ap" },
  { name: "phone-paper", path: "/papers/104#claim-2" },
];

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const { name, path } of PHONE_PAGES) {
    test(`${path} fits the screen (tables scroll inside their box)`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, name);
    });
  }
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });
  test("the page follows the system colour scheme", async ({ page }) => {
    await page.goto("/benchmarks/coco?metric=ap");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    // Chart axes and grid take the muted theme colours, not Recharts' fixed grey.
    await page.locator("line.chart-grid").first().waitFor({ state: "attached" });
    const strokes = await page.evaluate(() =>
      [".recharts-cartesian-axis-line", "line.chart-grid"].map((s) => {
        const el = document.querySelector(s);
        return el ? getComputedStyle(el).stroke : null;
      }),
    );
    expect(strokes).toEqual(["rgb(154, 164, 177)", "rgb(42, 48, 56)"]);
    await screenshot(page, "dark-benchmark");
  });
});

test("the table is usable from the keyboard: Tab reaches a sort header and Enter sorts", async ({ page }) => {
  await page.goto("/benchmarks/coco?metric=ap");
  const header = page.getByTestId("sort-value");
  await header.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/dir=asc/);
  await expect(page.locator("th.col-value")).toHaveAttribute("aria-sort", "ascending");
});
