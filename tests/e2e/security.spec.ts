import { expect, test } from "./fixtures";
import { parseCsv } from "./helpers";

test("HTML and script in a paper's title and abstract render as text and never run", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto("/claims?q=XssNet");
  const link = page.getByRole("link", { name: "<img src=x onerror=alert(1)>: Script-Shaped Titles" }).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "<img src=x onerror=alert(1)>: Script-Shaped Titles",
  );
  await expect(page.locator(".abstract")).toContainText("<script>window.__pwned = 1</script>");
  await expect(page.getByTestId("authors")).toHaveText("<b>Eve</b> Mallory, Bob Stone");
  expect(await page.locator("main img").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("security headers are set on pages and API responses", async ({ request }) => {
  for (const path of ["/", "/api/claims?per=1", "/no-such-page"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  }
});

test("scripts run under a nonce, never 'unsafe-inline': fresh per render, kept with a cached page", async ({
  request,
  page,
}) => {
  const policyOf = async (path: string) =>
    (await request.get(path)).headers()["content-security-policy"] ?? "";
  const scriptSrc = (policy = "") => /script-src ([^;]*)/.exec(policy)?.[1] ?? "";
  const [home, homeAgain, about, login, loginAgain] = await Promise.all(
    ["/", "/", "/about", "/review/login", "/review/login"].map(policyOf),
  );
  for (const policy of [home, about, login]) {
    expect(scriptSrc(policy)).not.toContain("unsafe-inline");
    expect(scriptSrc(policy)).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  }
  // A cached page's repeats carry the nonce its HTML was rendered with (app/page-cache.ts) ...
  expect(homeAgain).toBe(home);
  expect(scriptSrc(about)).not.toBe(scriptSrc(home));
  // ... and what is rendered per request gets a fresh one each time.
  expect(scriptSrc(loginAgain)).not.toBe(scriptSrc(login));
  // The page hydrates under the policy: a client-side control works (and the fixture saw no violation).
  await page.goto("/benchmarks/coco?metric=ap");
  const inline = await page
    .locator("script:not([src])")
    .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(inline.length).toBeGreaterThan(0);
  for (const nonce of inline) expect(nonce).not.toBe("");
  // Recharts draws its SVG only in the browser, after hydration.
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
});

test("HSTS is sent for https behind a trusted proxy, never for plain http", async ({ request }) => {
  expect((await request.get("/")).headers()["strict-transport-security"]).toBeUndefined();
  const viaHttps = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(viaHttps.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});

test("exported cells that start like a formula are neutralised", async ({ request }) => {
  const response = await request.get("/api/export?view=claims&q=FormulaLM");
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const rows = parseCsv(await response.text());
  const paperColumn = rows[0]!.indexOf("paper");
  const papers = rows.slice(1).map((r) => r[paperColumn]);
  expect(papers.length).toBeGreaterThan(0);
  for (const title of papers) expect(title).toBe("'=SUM(A1:A9) Formula Titles Are Text");
});

test("odd paths are 404 pages with the security headers, never a 500", async ({ request }) => {
  // "%25" arrives decoded as a lone "%": decoding it again must not throw.
  for (const path of [
    "/models/%25",
    "/benchmarks/%25",
    "/models/%25E0",
    "/papers/%25",
    "/papers/0x10",
    "/papers/1e3",
    "/papers/%201",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
});

test("paths that are not percent-encoded UTF-8 get a 400 with the security headers", async ({ request }) => {
  for (const path of ["/models/%FF%FE", "/benchmarks/%FF%FE", "/papers/%FF%FE", "/api/claims/%C0"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toBe("Bad request: the path is not valid percent-encoded UTF-8.\n");
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("numbers in parameters are decimal digits only", async ({ request }) => {
  for (const [query, error] of [
    ["page=1e3", "page must be a whole number"],
    ["page=0x10", "page must be a whole number"],
    ["paper=0x10", "paper must be a paper id (a whole number)"],
    ["per=2.0", "per must be a whole number"],
  ]) {
    const response = await request.get(`/api/claims?${query}`);
    expect(response.status(), query).toBe(400);
    expect(await response.json(), query).toEqual({ error });
  }
  const exported = await request.get("/api/export?view=paper&id=0x10");
  expect(exported.status()).toBe(400);
  expect(await exported.json()).toEqual({ error: "id must be a paper id (a whole number)" });
});
