import { expect, type Page, type TestInfo } from "@playwright/test";
import { E2E } from "./e2e-config";

export const SEND_PATH = `/v1/businesses/${E2E.businessId}/send/messages`;

/** Opens a composer on a clean slate: drafts from earlier tests live in this browser context's localStorage. */
export async function openComposer(page: Page, type: string) {
  await page.goto(`/compose/${type}`);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(page.getByRole("button", { name: "Send" })).toBeEnabled();
}

export async function fillEnvelope(page: Page, recipient = "+16044441111", sender: string = E2E.senders[0]) {
  await page.getByLabel("Recipient", { exact: true }).fill(recipient);
  await page.getByLabel("Sender").selectOption(sender);
}

export async function send(page: Page) {
  await page.getByRole("button", { name: "Send" }).click();
  const status = page.getByRole("status").filter({ hasText: "Sent to Connectly" });
  await expect(status).toBeVisible();
  return (await status.locator("code").first().textContent())!.trim();
}

export const group = (page: Page, name: string) => page.getByRole("group", { name, exact: true });

/** Keeps a picture of the preview in both themes with the test's output, so a person can look at every bubble. */
export async function capturePreview(page: Page, testInfo: TestInfo, name: string) {
  const preview = page.getByRole("complementary", { name: "Preview" });
  for (const theme of ["light", "dark"] as const) {
    await preview.getByRole("button", { name: theme, exact: true }).click();
    await preview.getByRole("figure", { name: "Message preview" }).screenshot({
      path: testInfo.outputPath(`${name}-${theme}.png`),
    });
  }
  await preview.getByRole("button", { name: "light", exact: true }).click();
}

/** Waits until React has taken over the composer's form (hydrated): what is typed from then on is the form's. */
export async function composerHydrated(page: Page) {
  await page.waitForFunction(() => {
    const form = document.querySelector("main form");
    return form !== null && Object.keys(form).some((key) => key.startsWith("__reactFiber"));
  });
}
