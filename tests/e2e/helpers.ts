/** Small helpers the e2e specs share: screenshots as artifacts, table reading, CSV parsing. */
import type { Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { mkdirSync } from "node:fs";

const SHOTS = "tests/artifacts/screenshots";

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** The numeric values of the claims table, in DOM order. */
export async function tableValues(page: Page): Promise<number[]> {
  return page
    .getByTestId("claim-value")
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-value"))));
}

export async function tableModels(page: Page): Promise<string[]> {
  return page.locator("[data-testid=claim-row] td.col-model").allInnerTexts();
}

/** Parses what the export wrote (RFC 4180, UTF-8 with BOM) with a real CSV parser. */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

export const isSorted = (values: number[], dir: "asc" | "desc") =>
  values.every((v, i) => i === 0 || (dir === "asc" ? values[i - 1]! <= v : values[i - 1]! >= v));
