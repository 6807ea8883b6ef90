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

/** Chooses a template by name in the template composer's picker, and one of its languages when it has several. */
export async function pickTemplate(page: Page, name: string, language?: string) {
  await page.getByRole("combobox", { name: "Template", exact: true }).click();
  await page
    .getByRole("option", { name: new RegExp(name) })
    .first()
    .click();
  if (language) await page.getByLabel("Language").selectOption(language);
}

/**
 * Fills every value the chosen template asks for (`<word> 1`, `<word> 2`… for the body, fixed ones for a header and
 * a URL suffix) and returns the body variables, so a test can type in one of them again.
 */
export async function fillTemplateValues(page: Page, word: string) {
  const variables = page.getByLabel(/^Body variable/);
  const count = await variables.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await variables.nth(i).fill(`${word} ${i + 1}`);
  const header = page.getByLabel("Header text");
  if (await header.count()) await header.fill("Ana");
  const suffix = page.getByLabel(/URL suffix/);
  if (await suffix.count()) await suffix.fill("4521");
  return variables;
}
