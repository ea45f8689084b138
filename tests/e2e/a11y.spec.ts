/** axe-core finds no WCAG 2.1 A/AA violation on any page, in light and in dark mode. */
import AxeBuilder from "@axe-core/playwright";
import { PAGES } from "./cases";
import { expect, test } from "./fixtures";

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const { name, path } of PAGES) {
      test(`${name} (${path}) has no WCAG 2.1 AA violation`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        const { violations } = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        const summary = violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(" ")}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
