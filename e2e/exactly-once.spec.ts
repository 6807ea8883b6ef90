import { expect, type Page, test } from "@playwright/test";
import { fillEnvelope, openComposer, SEND_PATH } from "./support/compose";
import { clearSandbox, customerWrites, sandboxRequests } from "./support/sandbox";

const UNKNOWN_WORDS =
  "Connectly may have sent this. Wait for a delivery report, or check with the customer, before sending again.";

async function sendsTo(page: Page, recipient: string): Promise<number> {
  const received = await sandboxRequests(page.request);
  return received.filter((r) => r.path === SEND_PATH && JSON.stringify(r.body).includes(recipient)).length;
}

/** The reserved number whose sends Connectly never answers: each send ends Unknown after the client's deadline. */
const NEVER_ANSWERS = "+12015550108";

/** Sends a text to NEVER_ANSWERS from a fresh composer and waits for its Unknown outcome. */
async function sendUnanswered(page: Page, text: string) {
  await openComposer(page, "text");
  await fillEnvelope(page, NEVER_ANSWERS);
  await page.getByLabel("Message text").fill(text);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("alert").filter({ hasText: UNKNOWN_WORDS })).toBeVisible({ timeout: 15_000 });
}

test.beforeEach(async ({ request }) => {
  await clearSandbox(request);
});

test("a double requestSubmit in one tick sends one message", async ({ page, request }) => {
  const recipient = "+16044447001";
  await customerWrites(request, recipient);
  await openComposer(page, "text");
  await fillEnvelope(page, recipient);
  await page.getByLabel("Message text").fill("Sent once, however often it is submitted");
  // The key the JSON panel shows is the one the send carries.
  await expect(page.getByRole("region", { name: "Request JSON" })).toContainText('"sendKey"');

  await page.getByRole("form", { name: "Compose text message" }).evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });

  // The second submission is answered with the first one's outcome.
  await expect(page.getByRole("status").filter({ hasText: "Already sent" })).toContainText(
    "Already sent to Connectly: nothing was sent again.",
  );
  expect(await sendsTo(page, recipient)).toBe(1);
  await page.goto(`/history?recipient=${encodeURIComponent(recipient)}`);
  await expect(page.getByRole("row").filter({ hasText: recipient })).toHaveCount(1);
});

test("a send that gets no answer is Unknown, and Send again does not send it twice", async ({ page }, testInfo) => {
  const recipient = NEVER_ANSWERS;
  await openComposer(page, "text");
  await fillEnvelope(page, recipient);
  await page.getByLabel("Message text").fill("Did this arrive?");
  await page.getByRole("button", { name: "Send" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "Unknown" });
  await expect(alert).toContainText(UNKNOWN_WORDS, { timeout: 15_000 });
  await expect(alert).not.toContainText("Failed");
  await alert.screenshot({ path: testInfo.outputPath("unknown-alert.png") });

  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(alert).toContainText(UNKNOWN_WORDS, { timeout: 15_000 });
  await expect.poll(() => sendsTo(page, recipient)).toBe(1);

  await page.goto("/history?status=unknown");
  const row = page.getByRole("row").filter({ hasText: "Did this arrive?" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Unknown");
  await expect(row).toContainText("May have been sent: wait for a delivery report.");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("history-unknown-390.png"), fullPage: true });
});

test("Send again as a new message is the deliberate way to send after an Unknown", async ({ page }) => {
  await sendUnanswered(page, "Sending it anyway");

  await page.getByRole("button", { name: "Send again as a new message" }).click();
  await expect.poll(() => sendsTo(page, NEVER_ANSWERS), { timeout: 15_000 }).toBe(2);
});

test("after an Unknown, a changed message is refused until it is sent as a new one on purpose", async ({ page }) => {
  await sendUnanswered(page, "The first wording");

  await page.getByLabel("Message text").fill("The second wording");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const refused = page
    .getByRole("alert")
    .filter({ hasText: "Nothing was sent: the earlier message may have gone out" });
  await expect(refused).toBeVisible();
  await expect(refused.getByRole("link", { name: "the earlier message in history" })).toBeVisible();
  // Send again is refused again: only the deliberate button gives the composer a new key.
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(refused).toBeVisible();
  expect(await sendsTo(page, "The second wording")).toBe(0);

  await refused.getByRole("button", { name: "Send this as a new message" }).click();
  // Its own Unknown comes once every request before it has been answered too.
  await expect(page.getByRole("alert").filter({ hasText: UNKNOWN_WORDS })).toBeVisible({ timeout: 20_000 });
  expect(await sendsTo(page, "The second wording")).toBe(1);
  expect(await sendsTo(page, "The first wording")).toBe(1);
});

test("a message Connectly took but answered 503 for is Unknown until its delivery report moves it to Read", async ({
  page,
}) => {
  await openComposer(page, "text");
  await fillEnvelope(page, "+12015550153");
  await page.getByLabel("Message text").fill("Taken, then a 503");
  await page.getByRole("button", { name: "Send" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "HTTP 503" });
  await expect(alert).toContainText(UNKNOWN_WORDS);
  await alert.getByRole("link", { name: "recorded in history" }).click();

  // The delivery report echoes the send key in callbackData: it finds the message and gives it its id.
  await expect(page.getByText("WhatsApp reported read")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Message [0-9A-Z]{26}/);
  await expect(page.getByText("its delivery report shows it took the message")).toBeVisible();
});
