import { expect, test } from "./fixtures";
import { PAGES } from "./cases";
import { screenshot } from "./helpers";

/** Pages whose phone layout is kept as a screenshot artifact. */
const PHONE_SHOTS = ["home", "benchmark-coco", "paper", "compare"];

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const { name, path } of PAGES) {
    test(`${path} fits the screen: tables are cards, nothing scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll("table.claims")].map((t) => {
          const cell = t.querySelector("tbody td[data-label]");
          return {
            sideways: t.scrollWidth - t.clientWidth,
            rowDisplay: getComputedStyle(t.querySelector("tbody tr") ?? t).display,
            label: cell ? getComputedStyle(cell, "::before").content : null,
            header: cell?.getAttribute("data-label") ?? null,
          };
        }),
      );
      for (const t of tables) {
        expect(t.sideways).toBeLessThanOrEqual(0);
        expect(t.rowDisplay).toBe("block");
        if (t.header) expect(t.label).toBe(`"${t.header}: "`);
      }
      if (PHONE_SHOTS.includes(name)) await screenshot(page, `phone-${name}`);
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
