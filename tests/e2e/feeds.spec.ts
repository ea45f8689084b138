/** Atom feeds: valid XML and valid Atom (RFC 4287's required elements), scoped right, and inert text. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test } from "./fixtures";

type Html = { "#text": string; "@_type": "html" };
type Entry = { id: string; title: Html; updated: string; link: { "@_href": string }; content: Html };
type AtomFeed = {
  feed: { id: string; title: string; updated: string; author?: { name: string }; entry?: Entry | Entry[] };
};

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

async function readFeed(request: import("@playwright/test").APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  const { feed } = parser.parse(text) as AtomFeed;
  const entries = feed.entry === undefined ? [] : Array.isArray(feed.entry) ? feed.entry : [feed.entry];
  return { text, feed, entries };
}

test("the claims feed is valid Atom with absolute links to each claim's sentence", async ({
  request,
  baseURL,
}) => {
  const { feed, entries } = await readFeed(request, "/feeds/claims.xml");
  expect(feed.id).toBe(`${baseURL}/feeds/claims.xml`);
  expect(feed.title).toBe("Claimboard: newest claims");
  expect(Date.parse(feed.updated)).not.toBeNaN();
  expect(feed.author?.name).toBe("Claimboard");
  expect(entries.length).toBeGreaterThan(10);
  expect(entries.length).toBeLessThanOrEqual(50);
  for (const e of entries) {
    expect(e.id).toMatch(new RegExp(`^${baseURL}/papers/\\d+#claim-\\d+$`));
    expect(e.link["@_href"]).toBe(e.id);
    expect(Date.parse(e.updated)).not.toBeNaN();
    expect(e.title["#text"]).toMatch(/^.+: .+/);
    expect(e.content["#text"]).toContain("<blockquote>");
    expect(e.title["@_type"]).toBe("html");
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
});

test("a benchmark's and a model's feeds carry only their own claims", async ({ request }) => {
  const coco = await readFeed(request, "/feeds/benchmarks/coco.xml");
  expect(coco.feed.title).toBe("Claimboard: newest claims on COCO");
  expect(coco.entries.length).toBeGreaterThan(0);
  for (const e of coco.entries) expect(e.title["#text"]).toMatch(/ on COCO$/);
  const model = await readFeed(request, "/feeds/models/rtdetrr50.xml");
  expect(model.entries.length).toBeGreaterThan(0);
  for (const e of model.entries) expect(e.title["#text"]).toMatch(/^RT-DETR-R50: /);
});

test("script-shaped text in an abstract reaches a feed as text, never as markup", async ({ request }) => {
  const { text, entries } = await readFeed(request, "/feeds/models/xssnet.xml");
  expect(entries.length).toBeGreaterThan(0);
  expect(text).not.toContain("<script>");
  expect(entries.some((e) => e.content["#text"].includes("&lt;script&gt;"))).toBe(true);
});

test("feeds of unknown names, or without .xml, answer 404 in words", async ({ request }) => {
  for (const [path, message] of [
    ["/feeds/benchmarks/no-such-benchmark.xml", 'no benchmark "no-such-benchmark"'],
    ["/feeds/models/coco", "a model feed is /feeds/models/SLUG.xml"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: message });
  }
});

test("pages name their feed for feed readers", async ({ page }) => {
  await page.goto("/benchmarks/coco");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/feeds\/benchmarks\/coco\.xml$/,
  );
  await expect(page.getByTestId("atom-feed")).toHaveAttribute("href", "/feeds/benchmarks/coco.xml");
  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/feeds\/claims\.xml$/,
  );
});
