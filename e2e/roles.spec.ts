import { type APIRequestContext, expect, type Page, request as playwrightRequest, test } from "@playwright/test";
import { fillEnvelope, openComposer, SEND_PATH, send } from "./support/compose";
import { E2E, PEOPLE, signedIn } from "./support/e2e-config";
import { clearSandbox, sandboxRequests } from "./support/sandbox";

// New contexts in a test start from the project's saved session unless told otherwise.
const SIGNED_OUT = { cookies: [], origins: [] };

interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Sends a text as the signed-in Agent and keeps the server action's request exactly as the browser sent it. */
async function sendAndCapture(page: Page, text: string): Promise<CapturedAction> {
  const captured = new Promise<CapturedAction>((resolve) => {
    page.on("request", (request) => {
      const headers = request.headers();
      if (request.method() === "POST" && headers["next-action"]) {
        resolve({ url: request.url(), headers, body: request.postData() ?? "" });
      }
    });
  });
  await openComposer(page, "text");
  await fillEnvelope(page);
  await page.getByLabel("Message text").fill(text);
  await send(page);
  return captured;
}

async function replay(context: APIRequestContext, action: CapturedAction, headers: Record<string, string> = {}) {
  const { cookie: _cookie, ...sent } = action.headers;
  const response = await context.post(action.url, { headers: { ...sent, ...headers }, data: action.body });
  return { status: response.status(), text: await response.text() };
}

const sends = async (request: APIRequestContext) =>
  (await sandboxRequests(request)).filter((r) => r.path === SEND_PATH).length;

test.beforeEach(async ({ request }) => {
  await clearSandbox(request);
});

test("an Agent sends, and history shows them under Sent by, with a filter and on the message", async ({ page }) => {
  const text = `Sent by the Agent ${Date.now()}`;
  await openComposer(page, "text");
  await fillEnvelope(page);
  await page.getByLabel("Message text").fill(text);
  const id = await send(page);

  await page.goto("/history");
  await expect(page.getByRole("columnheader", { name: "Sent by" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: id });
  await expect(row).toContainText(PEOPLE.agent.name);

  await page.getByLabel("Sent by").selectOption({ label: PEOPLE.agent.name });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("row").filter({ hasText: id })).toBeVisible();
  await page.getByLabel("Sent by").selectOption({ label: PEOPLE.admin.name });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("row").filter({ hasText: id })).toHaveCount(0);

  await page.goto("/history");
  await page.getByRole("row").filter({ hasText: id }).getByRole("link").first().click();
  await expect(page.getByRole("definition").filter({ hasText: PEOPLE.agent.name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText(`${PEOPLE.agent.name} sent it`);
  await expect(page.getByRole("link", { name: "Edit as new" })).toBeVisible();
});

test.describe("as a Viewer", () => {
  test.use({ storageState: signedIn("viewer") });

  test("history is open, but no composer and no Edit as new", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/history$/);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "History" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Compose" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Members" })).toHaveCount(0);

    for (const path of ["/compose/text", "/compose/template", "/settings/members"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Send" })).toHaveCount(0);
    }
    await page.goto("/history");
    // The first row's time leads to the message.
    await page.getByRole("row").nth(1).getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: /Message/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit as new" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Send a template instead" })).toHaveCount(0);
  });
});

test("a replayed send with a Viewer's cookie, or with none, sends nothing and says why", async ({ page, request }) => {
  const action = await sendAndCapture(page, "The original send");
  expect(await sends(request)).toBe(1);

  const viewer = await playwrightRequest.newContext({ storageState: signedIn("viewer") });
  const asViewer = await replay(viewer, action);
  expect(asViewer.text).toContain("FORBIDDEN");
  expect(asViewer.text).toContain("Your role, Viewer, may not do this, so nothing was done.");
  await viewer.dispose();

  const nobody = await playwrightRequest.newContext({ storageState: SIGNED_OUT });
  const signedOut = await replay(nobody, action);
  expect(signedOut.text).toContain("SIGNED_OUT");
  expect(signedOut.text).toContain("You are not signed in, or your session has ended, so nothing was done.");
  await nobody.dispose();

  expect(await sends(request)).toBe(1);
});

test("an action from another origin, or addressed to another host, is refused even with a valid session", async ({
  page,
  request,
}) => {
  const action = await sendAndCapture(page, "The original send");
  const agent = await playwrightRequest.newContext({ storageState: signedIn("agent") });

  const foreignOrigin = await replay(agent, action, { origin: "http://evil.example" });
  expect(foreignOrigin.status).toBeGreaterThanOrEqual(400);
  const foreignHost = await replay(agent, action, { host: "evil.example", origin: "http://evil.example" });
  expect(foreignHost.status).toBe(421);
  expect(foreignHost.text).toContain(`This dashboard answers at ${E2E.appUrl}`);
  // The same request from the dashboard's own origin goes through: what was refused was only where it came from.
  // It carries the first send's key, so it gets that send's outcome back and Connectly is not called again.
  const own = await replay(agent, action);
  expect(own.status).toBe(200);
  expect(own.text).toContain(`"repeat":true`);
  await agent.dispose();

  expect(await sends(request)).toBe(1);
});

test("/api routes answer 401 with a JSON body without a session; the webhook stays public behind its signature", async () => {
  const nobody = await playwrightRequest.newContext({ baseURL: E2E.appUrl, storageState: SIGNED_OUT });
  for (const path of ["/api/windows?recipient=%2B16044441111", "/api/history/statuses?ids=x", "/api/session"]) {
    const response = await nobody.get(path);
    expect(response.status(), path).toBe(401);
    expect(response.headers()["content-type"]).toMatch(/application\/json/);
    expect(await response.json()).toMatchObject({ code: "SIGNED_OUT" });
  }
  const unsigned = await nobody.post("/api/webhooks/connectly", { data: "{}" });
  expect(unsigned.status()).toBe(401);
  expect(await unsigned.text()).not.toContain("SIGNED_OUT");

  const viewer = await playwrightRequest.newContext({ baseURL: E2E.appUrl, storageState: signedIn("viewer") });
  const windows = await viewer.get("/api/windows?recipient=%2B16044441111");
  expect(windows.status()).toBe(403);
  expect((await viewer.get("/api/history/statuses?ids=x")).status()).toBe(200);
  await Promise.all([nobody.dispose(), viewer.dispose()]);
});
