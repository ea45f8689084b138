/**
 * Curation end to end, on a server of its own (a copy of the fixture database, curation on):
 * a reader reports rows, a curator signs in and corrects, rejects and verifies from the queue,
 * the leaderboard follows, and a re-ingest through the real CLI keeps every decision. Then the
 * guards: sessions, Origin, the token, the rate limits, and curation off on the main server.
 */
import { execFileSync, type ChildProcess } from "node:child_process";
import { startPrivateServer, stopPrivateServer } from "./private-server";
import BetterSqlite3 from "better-sqlite3";
import { buildFixtureDb, FIXTURE_FILES } from "../fixtures/build-fixture-db";
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210) + 8;
const BASE = `http://127.0.0.1:${PORT}`;
const TOKEN = "e2e-curator-token-0123456789";
const DB_PATH = "tests/artifacts/curation.sqlite";
let server: ChildProcess | undefined;

test.describe.configure({ mode: "serial", timeout: 60_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await buildFixtureDb(DB_PATH);
  server = await startPrivateServer(PORT, {
    CLAIMBOARD_DB: DB_PATH,
    CLAIMBOARD_CURATOR_TOKEN: TOKEN,
    CLAIMBOARD_TRUST_PROXY: "",
  });
});

test.afterAll(() => stopPrivateServer(server));

const BOARD = `${BASE}/benchmarks/coco?metric=ap`;
const boardRows = (page: Page) => page.getByTestId("claim-row");
const rowOf = (page: Page, model: string) =>
  boardRows(page).filter({ has: page.getByRole("link", { name: model, exact: true }) });

async function report(page: Page, model: string, note: string): Promise<void> {
  await page.goto(BOARD);
  const row = rowOf(page, model);
  await row.getByText("Report a problem").click();
  await row.getByLabel("What is wrong").selectOption("value");
  await row.getByLabel("Note (optional)").fill(note);
  await row.getByRole("button", { name: "Send report" }).click();
  await expect(row.getByRole("status")).toHaveText("Thanks: reported for review.");
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${BASE}/review/login`);
  await page.getByLabel("Your name").fill("Ada");
  await page.getByLabel("Curator token").fill(TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
}

/** The queue's keys work only once its script has run: pressing earlier would be lost. */
async function keysReady(page: Page): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("data-review-keys", "ready");
}

test("a reader reports a row and it shows as reported", async ({ page }) => {
  await report(page, "YOLOv6-N", "<b>the table says 37.5</b>");
  await page.reload();
  await expect(rowOf(page, "YOLOv6-N").locator(".badge.reported")).toHaveText("reported");
});

test("a curator corrects a value from the queue: the order changes and the badge shows", async ({ page }) => {
  await signIn(page);
  await page.goto(`${BASE}/review?reason=reported`);
  const item = page.getByTestId("review-item").first();
  await expect(item).toContainText("YOLOv6-N");
  // A note with HTML is shown as text.
  await expect(item).toContainText("<b>the table says 37.5</b>");
  await keysReady(page);
  await page.keyboard.press("e");
  await item.getByLabel("value").fill("70");
  await item.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByText("Nothing to review.")).toBeVisible();
  await page.goto(BOARD);
  const first = boardRows(page).first();
  await expect(first).toContainText("YOLOv6-N");
  await expect(first.getByTestId("claim-value")).toHaveText("70%");
  await expect(first.locator(".badge.corrected")).toHaveAttribute("title", /extracted: YOLOv6-N 35\.9%/);
});

test("a curator rejects a reported row with j/k and r: it leaves the leaderboard", async ({ page }) => {
  await report(page, "AGVM", "not the COCO test set");
  await report(page, "YOLOv6-S", "fine, just checking");
  await signIn(page);
  await page.goto(`${BASE}/review?reason=reported`);
  const items = page.getByTestId("review-item");
  await expect(items).toHaveCount(2);
  const agvm = items.filter({ hasText: "AGVM" });
  await keysReady(page);
  if ((await items.first().textContent())?.includes("AGVM") !== true) await page.keyboard.press("j");
  await expect(agvm).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("r");
  await agvm.getByLabel("Reason").fill("a validation-set number");
  await agvm.getByRole("button", { name: "Reject" }).click();
  await expect(items).toHaveCount(1);
  // Whichever row was decided, the one left is the current one, so the keys act on it.
  await expect(items.first()).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("a");
  await expect(page.getByText("Nothing to review.")).toBeVisible();
  await page.goto(BOARD);
  await expect(rowOf(page, "AGVM")).toHaveCount(0);
  await expect(rowOf(page, "YOLOv6-S").locator(".badge.verified")).toHaveText("✓ verified");
  const paper = await page.request.get(`${BASE}/api/claims?q=AGVM&per=50`);
  const rejected = (
    (await paper.json()) as { items: { reviewStatus: string; reviewReason: string }[] }
  ).items.find((c) => c.reviewStatus === "rejected");
  expect(rejected?.reviewReason).toBe("a validation-set number");
});

test("a re-ingest through the CLI keeps all three decisions", async ({ page }) => {
  // Every paper's claims are rewritten, as after a rule change.
  const sqlite = new BetterSqlite3(DB_PATH);
  sqlite.prepare("update papers set claims_hash = 'stale'").run();
  sqlite.close();
  execFileSync("npx", ["tsx", "db/cli/ingest.ts", ...FIXTURE_FILES, "--db", DB_PATH], { stdio: "pipe" });
  await page.goto(BOARD);
  await expect(boardRows(page).first()).toContainText("YOLOv6-N");
  await expect(boardRows(page).first().getByTestId("claim-value")).toHaveText("70%");
  await expect(rowOf(page, "AGVM")).toHaveCount(0);
  await expect(rowOf(page, "YOLOv6-S").locator(".badge.verified")).toHaveText("✓ verified");
  const csv = await (await page.request.get(`${BASE}/api/export?view=benchmark&slug=coco&metric=ap`)).text();
  expect(csv).toContain("corrected,,YOLOv6-N,COCO,AP,,35.9,%");
});

test("writes need a session and this site's Origin; the cookie is httpOnly and SameSite=Strict", async ({
  request,
}) => {
  const noSession = await request.post(`${BASE}/api/review/claims/1`, {
    data: { action: "verify" },
    headers: { Origin: BASE },
  });
  expect(noSession.status()).toBe(401);
  expect(await noSession.json()).toEqual({ error: "sign in at /review/login first" });

  const mergeNoSession = await request.post(`${BASE}/api/review/merges`, {
    data: { kind: "model", from: "a", into: "b" },
    headers: { Origin: BASE },
  });
  expect(mergeNoSession.status()).toBe(401);

  const login = await request.post(`${BASE}/api/review/login`, {
    form: { name: "Eve", token: TOKEN },
    headers: { Origin: BASE },
    maxRedirects: 0,
  });
  expect(login.status()).toBe(303);
  const cookie = login.headers()["set-cookie"] ?? "";
  expect(cookie).toMatch(/^cb_session=[\w-]+\.[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800$/);

  const foreign = await request.post(`${BASE}/api/review/claims/1`, {
    data: { action: "verify" },
    headers: { Origin: "https://evil.example", Cookie: cookie.split(";")[0]! },
  });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toEqual({ error: "cross-origin request refused" });

  const bad = await request.post(`${BASE}/api/review/claims/1`, {
    data: { action: "approve" },
    headers: { Origin: BASE, Cookie: cookie.split(";")[0]! },
  });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: "action must be one of: verify, reject, correct" });

  const forged = await request.post(`${BASE}/api/review/claims/1`, {
    data: { action: "verify" },
    headers: { Origin: BASE, Cookie: cookie.split(";")[0]!.replace(/\.[\w-]+$/, ".forged") },
  });
  expect(forged.status()).toBe(401);
});

test("flags are limited per client, and the honeypot is thanked and dropped", async ({ request }) => {
  test.setTimeout(180_000);
  const reader = new BetterSqlite3(DB_PATH, { readonly: true });
  const { id: claim } = reader.prepare("select min(id) as id from claims").get() as { id: number };
  reader.close();
  const first = await request.post(`${BASE}/api/flags`, {
    data: { claim, reason: "value", note: "" },
    headers: { Origin: BASE },
  });
  expect(first.status()).toBe(200);
  const client = (first.headers()["set-cookie"] ?? "").split(";")[0]!;
  // 10,000 more from the same client, 16 at a time: all but the first 19 are refused.
  const statuses: number[] = [];
  const post = () =>
    request
      .post(`${BASE}/api/flags`, {
        data: { claim, reason: "value", note: "again" },
        headers: { Origin: BASE, Cookie: client },
      })
      .then((r) => statuses.push(r.status()));
  for (let sent = 0; sent < 10_000; sent += 16) await Promise.all(Array.from({ length: 16 }, post));
  expect(statuses.filter((s) => s === 200)).toHaveLength(19);
  expect(statuses.filter((s) => s === 429)).toHaveLength(statuses.length - 19);
  const limited = await request.post(`${BASE}/api/flags`, {
    data: { claim, reason: "value" },
    headers: { Origin: BASE, Cookie: client },
  });
  expect(await limited.json()).toEqual({ error: "too many reports: at most 20 an hour from one client" });
  expect(limited.headers()["retry-after"]).toBe("3600");
  const bot = await request.post(`${BASE}/api/flags`, {
    data: { claim, reason: "value", website: "http://spam.example" },
    headers: { Origin: BASE },
  });
  expect(bot.status()).toBe(200);
  const sqlite = new BetterSqlite3(DB_PATH, { readonly: true });
  const stored = sqlite.prepare("select count(*) as n from flags where note in ('', 'again')").get() as {
    n: number;
  };
  sqlite.close();
  expect(stored.n).toBe(20);
  const badNote = await request.post(`${BASE}/api/flags`, {
    data: { claim, reason: "value", note: "x".repeat(501) },
    headers: { Origin: BASE },
  });
  expect(badNote.status()).toBe(400);
  expect(await badNote.json()).toEqual({ error: "note must be at most 500 characters" });
});

test("a wrong token is refused, and sign-in attempts are limited", async ({ request }) => {
  const attempt = () =>
    request.post(`${BASE}/api/review/login`, {
      form: { name: "Mallory", token: "guess" },
      headers: { Origin: BASE },
      maxRedirects: 0,
    });
  const wrong = await attempt();
  expect(wrong.status()).toBe(401);
  expect(await wrong.text()).toBe("sign-in failed: wrong token\n");
  for (let i = 0; i < 9; i++) await attempt();
  const limited = await attempt();
  expect(limited.status()).toBe(429);
  expect(await limited.text()).toBe("too many sign-in attempts: try again in 15 minutes\n");
});

test("without CLAIMBOARD_CURATOR_TOKEN curation is off: its pages and routes are 404", async ({
  request,
}) => {
  for (const path of ["/review", "/review/login"]) expect((await request.get(path)).status(), path).toBe(404);
  const login = await request.post("/api/review/login", { form: { name: "A", token: "x" } });
  expect(login.status()).toBe(404);
  const review = await request.post("/api/review/claims/1", { data: { action: "verify" } });
  expect(review.status()).toBe(404);
});
