/** The API's documentation is generated from the schemas that check requests, so the two agree. */
import { expect, test } from "./fixtures";

type Parameter = { name: string; in: string; required: boolean; schema: { enum?: string[]; type?: unknown } };
type Doc = {
  openapi: string;
  servers: { url: string }[];
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: unknown; responses: object }>
  >;
};

test("/api/openapi.json is OpenAPI 3.1 and every documented value is one the API accepts", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  const doc = (await response.json()) as Doc;
  expect(doc.openapi).toBe("3.1.0");
  expect(doc.servers[0]!.url).toBe(baseURL);
  expect(Object.keys(doc.paths).sort()).toEqual(
    ["/api/benchmarks", "/api/claims", "/api/flags", "/api/models", "/api/papers", "/api/search"].sort(),
  );
  const kind = doc.paths["/api/claims"]!.get!.parameters!.find((p) => p.name === "kind")!;
  expect(kind.schema.enum).toEqual(["score", "delta", "speedup", "bound", "all"]);
  expect(doc.paths["/api/search"]!.get!.parameters!.find((p) => p.name === "q")!.required).toBe(true);
  expect(doc.paths["/api/flags"]!.post!.requestBody).toBeTruthy();
  // Each documented enum value is accepted, and a value outside it is refused with the parameter named.
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const p of methods.get?.parameters ?? []) {
      if (!p.schema.enum) continue;
      const base = path === "/api/search" ? `${path}?q=detr&` : `${path}?`;
      for (const value of p.schema.enum)
        expect((await request.get(`${base}${p.name}=${value}`)).status(), `${path} ${p.name}=${value}`).toBe(
          200,
        );
      const bad = await request.get(`${base}${p.name}=not-a-value`);
      expect(bad.status()).toBe(400);
      expect(((await bad.json()) as { error: string }).error).toContain(p.name);
    }
  }
});

test("/api reads the same description as a page", async ({ page }) => {
  await page.goto("/api");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("JSON API");
  await expect(page.getByTestId("endpoint")).toHaveCount(6);
  const claims = page.getByTestId("endpoint").filter({ hasText: "GET /api/claims" });
  await expect(claims.locator("tr", { has: page.locator("code", { hasText: /^kind$/ }) })).toContainText(
    "one of score, delta, speedup, bound, all",
  );
  await expect(page.getByRole("link", { name: "OpenAPI 3.1 at /api/openapi.json" })).toHaveAttribute(
    "href",
    "/api/openapi.json",
  );
});
