import { expect, test } from "./fixtures";
import { HOSTILE_PARAMS, HOSTILE_ROUTES, HOSTILE_VALUES } from "./cases";

for (const route of HOSTILE_ROUTES) {
  test(`${route} answers absurd and SQL-shaped parameters with a page, a 400 or a 404, never a 500`, async ({
    request,
  }) => {
    const failures: string[] = [];
    for (const param of HOSTILE_PARAMS) {
      for (const value of HOSTILE_VALUES) {
        const url = `${route}${route.includes("?") ? "&" : "?"}${param}=${encodeURIComponent(value)}`;
        const status = (await request.get(url)).status();
        if (![200, 400, 404].includes(status)) failures.push(`${status} ${url.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
  });
}

test("the database is intact after the hostile requests", async ({ request }) => {
  const body = (await (await request.get("/api/claims?per=1")).json()) as { total: number };
  expect(body.total).toBeGreaterThan(200);
});
