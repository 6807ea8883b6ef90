import { expect, type Page, test } from "@playwright/test";
import {
  capturePreview,
  composerHydrated,
  fillEnvelope,
  group,
  openComposer,
  SEND_PATH,
  send,
} from "./support/compose";
import { E2E } from "./support/e2e-config";
import { clearSandbox, sandboxRequests } from "./support/sandbox";

test.beforeEach(async ({ request }) => {
  await clearSandbox(request);
});

test("sends a single product message", async ({ page, request }, testInfo) => {
  await openComposer(page, "product");
  await fillEnvelope(page);
  await page.getByLabel("Catalog ID").fill("194836987003835");
  await page.getByLabel("Product retailer ID").fill("SKU-RED-42");
  await page.getByLabel("Message text").fill("The *red* one you asked about");
  await page.getByLabel("Footer").fill("Free returns");
  await capturePreview(page, testInfo, "product");
  await send(page);
  const [sent] = (await sandboxRequests(request)).filter((r) => r.path === SEND_PATH);
  expect(sent!.body).toMatchObject({
    message: {
      text: "The *red* one you asked about",
      singleProductMessage: {
        footer: { text: "Free returns" },
        catalogId: "194836987003835",
        productItem: { productRetailerId: "SKU-RED-42" },
      },
    },
  });
});

test("sends a multi-product message and lists its sections in the View items sheet", async ({
  page,
  request,
}, testInfo) => {
  await openComposer(page, "products");
  await fillEnvelope(page);
  await page.getByLabel("Header text").fill("Summer picks");
  await page.getByLabel("Message text").fill("Three things we think you'll like");
  await page.getByLabel("Catalog ID").fill("194836987003835");
  const section = group(page, "Section 1");
  await section.getByLabel("Section title").fill("Shoes");
  await section.getByLabel("Product retailer ID").fill("SHOE-1");
  await section.getByRole("button", { name: "Add product" }).click();
  await section.getByLabel("Product retailer ID").nth(1).fill("SHOE-2");
  await expect(page.getByText("Products: 2 / 30")).toBeVisible();

  await page.getByRole("button", { name: "View items" }).click();
  const sheet = page.getByRole("dialog", { name: "View items" });
  await expect(sheet).toContainText("Shoes");
  await expect(sheet).toContainText("SHOE-2");
  await capturePreview(page, testInfo, "products-sheet");
  await sheet.getByRole("button", { name: "Close" }).click();
  await capturePreview(page, testInfo, "products");

  await send(page);
  const [sent] = (await sandboxRequests(request)).filter((r) => r.path === SEND_PATH);
  expect((sent!.body as { message: unknown }).message).toEqual({
    text: "Three things we think you'll like",
    multiProductMessage: {
      header: { text: "Summer picks" },
      catalogId: "194836987003835",
      sections: [{ title: "Shoes", productItems: [{ productRetailerId: "SHOE-1" }, { productRetailerId: "SHOE-2" }] }],
    },
  });
});

test("opens the list sheet from the preview's menu row", async ({ page }, testInfo) => {
  await openComposer(page, "list");
  await page.getByLabel("Message text").fill("Pick a delivery slot");
  await page.getByLabel("Menu button").fill("Slots");
  const row = group(page, "Section 1").getByRole("group", { name: "Row 1", exact: true });
  await row.getByLabel("Row ID").fill("morning");
  await row.getByLabel("Row title").fill("Morning");
  await row.getByLabel("Row description").fill("8:00 to 12:00");
  await page.getByRole("figure", { name: "Message preview" }).getByRole("button", { name: /Slots/ }).click();
  const sheet = page.getByRole("dialog", { name: "Slots" });
  await expect(sheet).toContainText("Morning");
  await expect(sheet).toContainText("8:00 to 12:00");
  await page.keyboard.press("Escape");
  await expect(sheet).toHaveCount(0);
  await page.getByRole("figure", { name: "Message preview" }).getByRole("button", { name: /Slots/ }).click();
  await capturePreview(page, testInfo, "list-sheet");
});

test("refuses a duplicate row id at the row and sends nothing", async ({ page, request }) => {
  await openComposer(page, "list");
  await fillEnvelope(page);
  await page.getByLabel("Menu button").fill("Choose");
  const section = group(page, "Section 1");
  await section.getByRole("group", { name: "Row 1", exact: true }).getByLabel("Row ID").fill("same");
  await section.getByRole("group", { name: "Row 1", exact: true }).getByLabel("Row title").fill("One");
  await section.getByRole("button", { name: "Add row" }).click();
  const second = section.getByRole("group", { name: "Row 2", exact: true });
  await second.getByLabel("Row ID").fill("same");
  await second.getByLabel("Row title").fill("Two");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(second.getByLabel("Row ID")).toHaveAttribute("aria-invalid", "true");
  expect((await sandboxRequests(request)).filter((r) => r.path === SEND_PATH)).toHaveLength(0);
});

test("switching type keeps the recipient, sender and options", async ({ page }) => {
  await openComposer(page, "text");
  await fillEnvelope(page, "+16044441111", E2E.senders[1]);
  await page.getByLabel("Recipient name").fill("Ana");
  await page.getByText("Options").click();
  await page.getByLabel("Campaign name").fill("spring");
  await page.getByLabel("Message text").fill("only for text");
  await page.waitForTimeout(400);
  await page.getByRole("navigation", { name: "Message type" }).getByRole("link", { name: "Image" }).click();
  await expect(page).toHaveURL(/\/compose\/image$/);
  await expect(page.getByLabel("Recipient", { exact: true })).toHaveValue("+16044441111");
  await expect(page.getByLabel("Recipient name")).toHaveValue("Ana");
  await expect(page.getByLabel("Sender")).toHaveValue(E2E.senders[1]);
  await expect(page.getByLabel("Campaign name")).toHaveValue("spring");
  await expect(page.getByLabel("Media URL")).toHaveValue("");
});

test("keeps an unsent draft across a reload until it is cleared", async ({ page }) => {
  await openComposer(page, "location");
  await page.getByLabel("Latitude").fill("-33.8688");
  await page.getByLabel("Place name").fill("Sydney Opera House");
  await page.waitForTimeout(400);
  await page.reload();
  await expect(page.getByLabel("Latitude")).toHaveValue("-33.8688");
  await expect(page.getByLabel("Place name")).toHaveValue("Sydney Opera House");
  await page.getByRole("button", { name: "Clear draft" }).click();
  await expect(page.getByLabel("Place name")).toHaveValue("");
  await page.reload();
  await expect(page.getByLabel("Place name")).toHaveValue("");
});

test("says the draft was restored after a reload, until the person edits it", async ({ page }) => {
  await openComposer(page, "text");
  await expect(page.getByText("Draft restored.")).toHaveCount(0);
  await page.getByLabel("Message text").fill("See you at 10");
  await page.waitForTimeout(400);
  await page.reload();
  await expect(page.getByLabel("Message text")).toHaveValue("See you at 10");
  const said = page.getByText("Draft restored.");
  await expect(said).toBeVisible();
  // Beside Clear draft, in the polite region that announces it.
  await expect(said).toHaveAttribute("aria-live", "polite");
  await page.getByLabel("Message text").pressSequentially(" sharp");
  await expect(said).toHaveCount(0);
});

test("a copy opened from history sets the draft it replaces aside, to restore or discard", async ({ page }) => {
  await openComposer(page, "text");
  await fillEnvelope(page);
  await page.getByLabel("Message text").fill("The message sent");
  await send(page);
  const history = page.getByRole("status").getByRole("link", { name: "View it in history" });
  const entry = await history.getAttribute("href");
  await page.getByLabel("Message text").fill("A reply half written");
  await page.waitForTimeout(400);

  await page.goto(entry!);
  await page.getByRole("link", { name: "Edit as new" }).click();
  await expect(page.getByLabel("Message text")).toHaveValue("The message sent");
  await expect(page.getByText("You had a draft here:")).toBeVisible();
  await page.getByRole("button", { name: "Restore it" }).click();
  await expect(page.getByLabel("Message text")).toHaveValue("A reply half written");
  await expect(page.getByText("Draft restored.")).toBeVisible();
  // Undo puts the copy back, and the draft aside again.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByLabel("Message text")).toHaveValue("The message sent");
  // Still there after a reload, until discarded.
  await page.reload();
  await expect(page.getByLabel("Message text")).toHaveValue("The message sent");
  await page.getByRole("button", { name: "Discard it" }).click();
  await expect(page.getByText("You had a draft here:")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Clear draft" })).toBeFocused();
  await page.reload();
  await expect(page.getByLabel("Message text")).toHaveValue("The message sent");
  await expect(page.getByRole("button", { name: "Restore it" })).toHaveCount(0);
});

/**
 * Opens the text composer with its scripts arriving late, as on a slow connection, and types into the page the
 * server sent before they run.
 */
async function typeBeforeScripts(page: Page, text: string) {
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto("/compose/text", { waitUntil: "commit" });
  await page.getByLabel("Message text").pressSequentially(text);
  await page.waitForLoadState("load");
}

test("keeps what was typed before the page finished loading", async ({ page }) => {
  await typeBeforeScripts(page, "typed *early*");
  await expect(page.getByRole("figure", { name: "Message preview" }).locator("strong")).toHaveText("early");
  await expect(page.getByLabel("Request JSON")).toContainText('"text": "typed *early*"');
});

test("saves what was typed before the page finished loading, also when the person leaves at once", async ({ page }) => {
  await typeBeforeScripts(page, "typed before the scripts");
  // Leaving before the scripts have run cannot save anything; at once after they have must.
  await composerHydrated(page);
  await page.unrouteAll();
  await page.goto("/compose/image");
  await page.goto("/compose/text");
  await expect(page.getByLabel("Message text")).toHaveValue("typed before the scripts");
});

test("keeps what was typed before the page finished loading instead of the saved draft", async ({ page }) => {
  await openComposer(page, "text");
  await page.getByLabel("Recipient name").fill("Ana");
  await page.getByLabel("Message text").fill("an older draft");
  await page.waitForTimeout(400);
  await typeBeforeScripts(page, "typed *early*");
  await expect(page.getByRole("figure", { name: "Message preview" }).locator("strong")).toHaveText("early");
  await expect(page.getByLabel("Message text")).toHaveValue("typed *early*");
  // A new message was begun: none of the draft goes with it, and the person is told.
  await expect(page.getByLabel("Recipient name")).toHaveValue("");
  await expect(page.getByText("Your saved draft was not restored: you had begun a new message.")).toBeVisible();
  await expect(page.getByLabel("Request JSON")).toContainText('"text": "typed *early*"');
});

test("Edit as new opens the right composer filled with the sent request", async ({ page }) => {
  await openComposer(page, "buttons");
  await fillEnvelope(page);
  await page.getByLabel("Message text").fill("Was this helpful?");
  const button = group(page, "Button 1");
  await button.getByLabel("Button ID").fill("yes");
  await button.getByLabel("Button title").fill("Yes");
  await send(page);
  await page.getByRole("status").getByRole("link", { name: "View it in history" }).click();
  await page.getByRole("link", { name: "Edit as new" }).click();
  // Once the copy is in the form it is the draft: the address forgets the history entry.
  await expect(page).toHaveURL(/\/compose\/buttons$/);
  await expect(page.getByLabel("Message text")).toHaveValue("Was this helpful?");
  await expect(group(page, "Button 1").getByLabel("Button title")).toHaveValue("Yes");
  await expect(page.getByLabel("Recipient", { exact: true })).toHaveValue("+16044441111");
});
