/** First-load JavaScript per page: every script a real browser loads, gzip-compressed, summed. */
import { gzipSync } from "node:zlib";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium";
import { chromium } from "playwright-core";

export interface JsFigure {
  page: string;
  /** Scripts requested before DOMContentLoaded: what the page needs to become interactive. */
  kb: number;
  /** Everything loaded once the network is idle, lazy chunks (charts) included. */
  totalKb: number;
}

export async function measureFirstLoadJs(base: string, paths: readonly string[]): Promise<JsFigure[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const out: JsFigure[] = [];
  try {
    for (const path of paths) {
      const page = await browser.newPage();
      const sizes: Promise<{ first: boolean; bytes: number }>[] = [];
      let loaded = false;
      page.on("domcontentloaded", () => (loaded = true));
      page.on("request", (request) => {
        if (request.resourceType() !== "script") return;
        const first = !loaded;
        sizes.push(
          request
            .response()
            .then((r) => r?.body() ?? Buffer.alloc(0))
            .then(
              (b) => ({ first, bytes: gzipSync(b).length }),
              () => ({ first, bytes: 0 }),
            ),
        );
      });
      await page.goto(base + path, { waitUntil: "networkidle" });
      const all = await Promise.all(sizes);
      const kb = (xs: typeof all) => xs.reduce((a, x) => a + x.bytes, 0) / 1024;
      out.push({ page: path, kb: kb(all.filter((x) => x.first)), totalKb: kb(all) });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
