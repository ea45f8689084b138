/** Sharing: Open Graph and Twitter tags on every page, and preview images that answer 304 when unchanged. */
import { PAGES } from "./cases";
import { expect, test } from "./fixtures";

const meta = (page: import("@playwright/test").Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first();

test("every page carries Open Graph and Twitter card tags with its own title", async ({ page }) => {
  for (const { path } of PAGES) {
    await page.goto(path);
    const title = (await page.title()).replace(/ · Claimboard$/, "");
    await expect(meta(page, "og:title"), path).toHaveAttribute("content", title);
    await expect(meta(page, "og:site_name"), path).toHaveAttribute("content", "Claimboard");
    await expect(meta(page, "twitter:title"), path).toHaveAttribute("content", title);
    await expect(meta(page, "twitter:card"), path).toHaveAttribute("content", /^summary/);
  }
});

test("leaderboards and models point previews at their own image", async ({ page, baseURL }) => {
  for (const [path, image] of [
    ["/benchmarks/coco", "/og/benchmarks/coco.png"],
    ["/models/deepseekv3", "/og/models/deepseekv3.png"],
  ] as const) {
    await page.goto(path);
    await expect(meta(page, "og:image")).toHaveAttribute(
      "content",
      new RegExp(`${image.replace(/\./g, "\\.")}$`),
    );
    await expect(meta(page, "twitter:card")).toHaveAttribute("content", "summary_large_image");
    await expect(meta(page, "og:image:width")).toHaveAttribute("content", "1200");
    expect(baseURL).toBeTruthy();
  }
});

test("a preview image is a PNG with an ETag, and an unchanged one answers 304 without a body", async ({
  request,
}) => {
  for (const path of ["/og/benchmarks/coco.png", "/og/models/rtdetrr50.png"]) {
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    expect(first.headers()["content-type"]).toBe("image/png");
    const bytes = await first.body();
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const etag = first.headers()["etag"]!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers()["cache-control"]).toContain("s-maxage=300");
    const again = await request.get(path, { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    expect((await again.body()).length).toBe(0);
  }
  const other = await request.get("/og/benchmarks/librispeech.png");
  expect(other.headers()["etag"]).not.toBe((await request.get("/og/benchmarks/coco.png")).headers()["etag"]);
});

test("previews of unknown names, or without .png, answer 404 in words", async ({ request }) => {
  for (const [path, message] of [
    ["/og/benchmarks/no-such-benchmark.png", 'no leaderboard "no-such-benchmark"'],
    ["/og/models/coco", "a model preview is /og/models/SLUG.png"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: message });
  }
});

test("the embed is the one page other sites may frame, and it frames", async ({ page, request, baseURL }) => {
  const embed = await request.get("/embed/benchmarks/coco");
  expect(embed.status()).toBe(200);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  const board = await request.get("/benchmarks/coco");
  expect(board.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(board.headers()["x-frame-options"]).toBe("DENY");

  await page.goto("/benchmarks/coco");
  await page.getByText("Embed this leaderboard").click();
  const code = await page.getByTestId("embed-code").inputValue();
  expect(code).toBe(
    `<iframe src="${baseURL}/embed/benchmarks/coco" title="COCO leaderboard on Claimboard" width="100%" height="420" style="border:0" loading="lazy"></iframe>`,
  );
  // Pasted into another page, the snippet shows the top of the leaderboard with links back here.
  await page.setContent(`<!doctype html><body>${code}</body>`);
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("h1")).toHaveText("COCO · AP");
  await expect(frame.locator("tbody tr")).toHaveCount(5);
  await expect(frame.locator("tbody tr").first()).toContainText("AGVM");
  await expect(frame.locator("tbody a").first()).toHaveAttribute(
    "href",
    new RegExp(`^${baseURL}/papers/\\d+#claim-\\d+$`),
  );
  await expect(frame.locator("tbody a").first()).toHaveAttribute("target", "_blank");
});

test("an embed carries no script, and unknown benchmarks answer 404 in words", async ({ request }) => {
  const html = await (await request.get("/embed/benchmarks/safebench1")).text();
  expect(html).toContain("<h1>SafeBench-1 · accuracy</h1>");
  expect(html).toContain("<td>XssNet</td>");
  expect(html).not.toMatch(/<script|<img|\son\w+=/i);
  const missing = await request.get("/embed/benchmarks/no-such-benchmark");
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toEqual({ error: 'no benchmark "no-such-benchmark"' });
});
