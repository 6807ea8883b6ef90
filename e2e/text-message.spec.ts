import { expect, type Page, test } from "@playwright/test";
import { composerHydrated } from "./support/compose";
import { E2E } from "./support/e2e-config";
import { clearSandbox, sandboxRequests } from "./support/sandbox";

const SEND_PATH = `/v1/businesses/${E2E.businessId}/send/messages`;

async function fillText(page: Page, recipient: string, text: string) {
  await page.getByLabel("Recipient", { exact: true }).fill(recipient);
  await page.getByLabel("Message text").fill(text);
}

test.beforeEach(async ({ request }) => {
  await clearSandbox(request);
});

test("opens the text composer at the root", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/compose\/text$/);
  await expect(page.getByRole("heading", { name: "Compose a text message" })).toBeVisible();
});

test("sends a text and finds its id in the status and in history", async ({ page, request }) => {
  await page.goto("/compose/text");
  await fillText(page, "+16044441111", "Hello *there*, your order has shipped.");
  await page.getByLabel("Sender").selectOption(E2E.senders[0]);
  await page.getByRole("button", { name: "Send" }).click();

  const status = page.getByRole("status").filter({ hasText: "Sent to Connectly" });
  await expect(status).toBeVisible();
  const id = (await status.locator("code").first().textContent())!.trim();
  expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);

  const received = (await sandboxRequests(request)).filter((r) => r.path === SEND_PATH);
  expect(received).toHaveLength(1);
  expect(received[0]!.apiKey).toBe(E2E.apiKey);
  expect(received[0]!.body).toEqual({
    sender: { id: E2E.senders[0], channelType: "whatsapp" },
    recipient: { id: "+16044441111", channelType: "whatsapp" },
    message: { text: "Hello *there*, your order has shipped." },
    callbackData: { sendKey: expect.stringMatching(/^[0-9A-Z]{26}$/) },
  });
  expect(received[0]!.response).toEqual({ id });

  await status.getByRole("link", { name: "View it in history" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(id) })).toBeVisible();
  await expect(page.getByLabel("Request JSON")).toContainText('"text": "Hello *there*, your order has shipped."');

  await page.goto("/history");
  const row = page.getByRole("row").filter({ hasText: id });
  await expect(row).toContainText("+16044441111");
  // The sandbox's delivery reports may already have moved it on by the time history opens.
  await expect(row).toContainText(/Sent|Delivered|Read/);
});

test("updates the preview on every keystroke and renders WhatsApp formatting", async ({ page }) => {
  await page.goto("/compose/text");
  const preview = page.getByRole("figure", { name: "Message preview" });
  await page.getByLabel("Message text").pressSequentially("Hi *bold* and _it_");
  await expect(preview.locator("strong")).toHaveText("bold");
  await expect(preview.locator("em")).toHaveText("it");
  await expect(page.getByText("18 / 4,096")).toBeVisible();
  await expect(page.getByLabel("Request JSON")).toContainText('"text": "Hi *bold* and _it_"');
});

test("refuses an invalid recipient at the field and sends nothing", async ({ page, request }) => {
  await page.goto("/compose/text");
  // Nine digits: no country reads it as a whole number (ten digits would be read as a US one).
  await fillText(page, "604444111", "Hello");
  await page.getByRole("button", { name: "Send" }).click();

  const recipient = page.getByLabel("Recipient", { exact: true });
  await expect(recipient).toHaveAttribute("aria-invalid", "true");
  await expect(
    page.getByText("Not a whole phone number: add the rest of the digits, or start with + and the country code"),
  ).toBeVisible();
  await expect(recipient).toBeFocused();
  const received = await sandboxRequests(request);
  expect(received.filter((r) => r.path === SEND_PATH)).toHaveLength(0);
});

test("explains a closed 24-hour window in plain words and keeps the text", async ({ page }) => {
  await page.goto("/compose/text");
  const text = "Following up on your question from last week.";
  await fillText(page, "+12015550101", text);
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Send anyway" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("24-hour");
  await expect(alert).toContainText(/template/i);
  await expect(page.getByLabel("Message text")).toHaveValue(text);

  await page.goto("/history");
  await expect(page.getByRole("row").filter({ hasText: "+12015550101" }).first()).toContainText("Failed");
});

test("sends with Ctrl+Enter", async ({ page, request }) => {
  await page.goto("/compose/text");
  await fillText(page, "+16044441111", "Sent from the keyboard");
  await page.getByLabel("Message text").press("Control+Enter");
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeVisible();
  const received = (await sandboxRequests(request)).filter((r) => r.path === SEND_PATH);
  expect(received).toHaveLength(1);
});

test("checks callback data as JSON before sending", async ({ page, request }) => {
  await page.goto("/compose/text");
  await fillText(page, "+16044441111", "With callback data");
  await page.getByText("Options").click();
  const callback = page.getByLabel("Callback data");
  await callback.fill("{ticket: 1}");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(callback).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/Not valid JSON/)).toBeVisible();
  expect((await sandboxRequests(request)).filter((r) => r.path === SEND_PATH)).toHaveLength(0);

  await callback.fill('{"ticket": 1}');
  await page.getByLabel("Campaign name").fill("spring_sale");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeVisible();
  const [sent] = (await sandboxRequests(request)).filter((r) => r.path === SEND_PATH);
  expect(sent!.body).toMatchObject({
    callbackData: { sendKey: expect.any(String), data: { ticket: 1 } },
    campaignName: "spring_sale",
  });
});

test("no response the browser receives contains the API key", async ({ page }) => {
  const leaks: string[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const headers = JSON.stringify(response.headers());
          if (body.includes(E2E.apiKey) || headers.includes(E2E.apiKey)) leaks.push(response.url());
        })
        .catch(() => undefined),
    );
  });
  await page.goto("/compose/text");
  // This test is about what responses hold, not about typing while the page loads: it waits for the form.
  await composerHydrated(page);
  await fillText(page, "+16044441111", "Checking for leaks");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeVisible();
  await fillText(page, "+12015550150", "A failing send");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "ERROR_CODE" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/history");
  await page.getByRole("link").filter({ hasText: "UTC" }).first().click();
  await expect(page.getByLabel("Request JSON")).toBeVisible();
  await Promise.all(pending);
  expect(pending.length).toBeGreaterThan(5);
  expect(leaks).toEqual([]);
});

test("a campaign name set under Options shows on the closed Options, after the send and in another type", async ({
  page,
}) => {
  await page.goto("/compose/text");
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  const options = page.locator("summary").filter({ hasText: "Options" });
  await expect(options).toContainText("campaign name, callback data");
  await options.click();
  await page.getByLabel("Campaign name").fill("black-friday");
  await options.click();
  await expect(options).toContainText("Campaign: black-friday");
  await fillText(page, "+16044441111", "Your order is on its way");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeVisible();
  // The campaign stays for the next message, so it stays in sight.
  await expect(options).toContainText("Campaign: black-friday");
  await page.getByRole("navigation", { name: "Message type" }).getByRole("link", { name: "Image" }).click();
  await expect(page.locator("summary").filter({ hasText: "Options" })).toContainText("Campaign: black-friday");
});
