import { expect, type Page, test } from "@playwright/test";
import { MESSAGE_TYPES } from "../lib/messages/registry";
import { invite } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { fillEnvelope, openComposer, send } from "./support/compose";
import { E2E, signedIn } from "./support/e2e-config";
import { customerWrites } from "./support/sandbox";

// axe-core's WCAG 2.1 A and AA rules on every page, in the states people see: both preview themes, a phone's width,
// the errors after an empty Send, and the list and catalog sheets open. First-run /setup is scanned in auth.setup.ts,
// the one moment it exists.

const PHONE = { width: 390, height: 844 };

const preview = (page: Page) => page.getByRole("complementary", { name: "Preview" });

/** The page in light preview, dark preview, then at 390 px wide (dark preview still chosen). */
async function scanComposer(page: Page, where: string) {
  await expectAccessible(page, `${where}, light preview`);
  await preview(page).getByRole("button", { name: "dark", exact: true }).click();
  await expectAccessible(page, `${where}, dark preview`);
  await page.setViewportSize(PHONE);
  await expectAccessible(page, `${where} at 390 px`);
}

for (const type of MESSAGE_TYPES) {
  test(`/compose/${type} passes axe in light and dark preview, at 390 px and with its errors shown`, async ({
    page,
  }) => {
    await openComposer(page, type);
    await scanComposer(page, `/compose/${type}`);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    await expectAccessible(page, `/compose/${type} with its errors shown`);
  });
}

test("/compose/template passes axe with a template chosen, in both themes and at 390 px", async ({ page }) => {
  await openComposer(page, "template");
  await expectAccessible(page, "/compose/template before a template is chosen");
  await page.getByRole("combobox", { name: "Template", exact: true }).click();
  await expectAccessible(page, "/compose/template with the template list open");
  await page.getByRole("option", { name: /spring_collection/ }).click();
  await scanComposer(page, "/compose/template with a carousel template");
});

test("the list and catalog sheets pass axe while open, in both themes", async ({ page }) => {
  await openComposer(page, "list");
  await page.getByLabel("Menu button").fill("Slots");
  for (const theme of ["light", "dark"] as const) {
    await preview(page).getByRole("button", { name: theme, exact: true }).click();
    await preview(page).getByRole("button", { name: /Slots/ }).click();
    await expect(page.getByRole("dialog", { name: "Slots" })).toBeVisible();
    await expectAccessible(page, `the list sheet, ${theme}`);
    await page.keyboard.press("Escape");
  }
  await openComposer(page, "products");
  for (const theme of ["light", "dark"] as const) {
    await preview(page).getByRole("button", { name: theme, exact: true }).click();
    await preview(page)
      .getByRole("button", { name: /View items/ })
      .click();
    await expect(page.getByRole("dialog", { name: "View items" })).toBeVisible();
    await expectAccessible(page, `the catalog sheet, ${theme}`);
    await page.keyboard.press("Escape");
  }
});

test("history, a message's detail and a failed send's alert pass axe, also at 390 px", async ({ page }) => {
  await openComposer(page, "text");
  await fillEnvelope(page);
  await page.getByLabel("Message text").fill("Your order *has shipped*.");
  await send(page);
  await expectAccessible(page, "/compose/text after a send");
  const detail = await page.getByRole("link", { name: "View it in history" }).getAttribute("href");

  await page.getByLabel("Recipient", { exact: true }).fill("+12015550101");
  await page.getByLabel("Message text").fill("Following up.");
  await page.getByRole("button", { name: "Send" }).click();
  const question = page.getByRole("dialog", { name: "Send outside the 24-hour window?" });
  await expect(question).toBeVisible();
  await expectAccessible(page, "/compose/text asking before a send outside the window");
  await question.getByRole("button", { name: "Send anyway" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "What to do" })).toBeVisible();
  await expectAccessible(page, "/compose/text with a send's alert");

  await page.goto("/history");
  await expectAccessible(page, "/history");
  await page.goto(detail!);
  await expectAccessible(page, "a message's detail");
  await page.setViewportSize(PHONE);
  await expectAccessible(page, "a message's detail at 390 px");
  await page.goto("/history");
  await expectAccessible(page, "/history at 390 px");
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("/sign-in passes axe, empty and after a wrong password, also at 390 px", async ({ page }) => {
    await page.goto("/sign-in");
    await expectAccessible(page, "/sign-in");
    await page.getByLabel("Email").fill("nobody@example.com");
    await page.getByLabel("Password").fill("not the password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    // The form's own alert, not Next's route announcer (also role=alert): scanning before it arrives would scan a
    // form halfway through React swapping it.
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    await expectAccessible(page, "/sign-in after a wrong password");
    await page.setViewportSize(PHONE);
    await expectAccessible(page, "/sign-in at 390 px");
  });
});

test.describe("as the Admin", () => {
  test.use({ storageState: signedIn("admin") });

  test("Members and an invitation's page pass axe, also at 390 px", async ({ page, browser }) => {
    const link = await invite(page, `a11y-${Date.now()}@example.com`, "Viewer");
    await expectAccessible(page, "/settings/members with an invitation link shown");
    await page.setViewportSize(PHONE);
    await expectAccessible(page, "/settings/members at 390 px");

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const invited = await context.newPage();
    await invited.goto(link);
    await expect(invited.getByRole("heading", { name: "Join WhatsApp Composer" })).toBeVisible();
    await expectAccessible(invited, "an invitation's page");
    await context.close();
  });
});

test("the Inbox, a conversation and Saved replies pass axe, also at 390 px", async ({ page }) => {
  // Each project's run writes as a customer of its own, so the second run finds one conversation with one message.
  const dark = test.info().project.use.colorScheme === "dark";
  const customer = dark ? "+16045559902" : "+16045559901";
  const name = dark ? "Ines Dark" : "Ines Inbox";
  await customerWrites(page.request, customer, { text: "Is my order *on its way*?", customerName: name }, [
    E2E.senders[0]!,
  ]);
  await page.goto("/inbox");
  await expect(page.getByRole("link", { name: new RegExp(name) })).toBeVisible();
  await expectAccessible(page, "/inbox");
  await page.getByRole("link", { name: new RegExp(name) }).click();
  await expect(page.getByRole("log", { name: "Messages" }).getByText("Is my order")).toBeVisible();
  await expectAccessible(page, "a conversation");
  await page.setViewportSize(PHONE);
  await expectAccessible(page, "a conversation at 390 px");
  await page.goto("/inbox");
  await expectAccessible(page, "/inbox at 390 px");
  await page.goto("/settings/saved-replies");
  await expectAccessible(page, "/settings/saved-replies at 390 px");
});
