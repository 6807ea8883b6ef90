import { expect, type Page, test } from "@playwright/test";
import { group, openComposer, send } from "./support/compose";
import { E2E } from "./support/e2e-config";
import { tabTo, typeInto } from "./support/keyboard";
import { clearSandbox, sandboxRequests } from "./support/sandbox";

// Every flow here is driven by the keyboard alone: Tab and Shift+Tab to reach a control (tabTo also checks that each
// element the focus lands on shows it), typing, Enter, Space, the arrows and Escape.

test.beforeEach(async ({ request }) => {
  await clearSandbox(request);
});

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const focused = (page: Page) => page.locator(":focus");

/** The fields each composer needs for a valid message, in the order Tab reaches them. */
const MESSAGES: Record<string, [label: string, value: string][]> = {
  text: [["Message text", "Hello from the keyboard"]],
  image: [["Media URL", "https://example.com/image.jpg"]],
  video: [["Media URL", "https://example.com/video.mp4"]],
  audio: [["Media URL", "https://example.com/audio.mp3"]],
  document: [["Media URL", "https://example.com/document.pdf"]],
  location: [
    ["Latitude", "37.7749"],
    ["Longitude", "-122.4194"],
  ],
  list: [
    ["Message text", "Pick a slot"],
    ["Menu button", "Slots"],
    ["Row ID", "morning"],
    ["Row title", "Morning"],
  ],
  buttons: [
    ["Message text", "Shall we?"],
    ["Button ID", "yes"],
    ["Button title", "Yes"],
  ],
  product: [
    ["Catalog ID", "194836987003835"],
    ["Product retailer ID", "SKU-RED-42"],
  ],
  products: [
    ["Header text", "Summer picks"],
    ["Message text", "Three things"],
    ["Catalog ID", "194836987003835"],
    ["Section title", "Shoes"],
    ["Product retailer ID", "SHOE-1"],
  ],
};

test("the first Tab offers Skip to composer, which lands on the composer's form; other pages skip to the main content", async ({
  page,
}) => {
  await page.goto("/compose/text");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to composer" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("form", { name: "Compose text message" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(field(page, "Recipient")).toBeFocused();

  await page.goto("/history");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

for (const [type, fields] of Object.entries(MESSAGES)) {
  test(`composes and sends a ${type} message by keyboard, and the focus moves to the outcome`, async ({ page }) => {
    await openComposer(page, type);
    await typeInto(page, field(page, "Recipient"), "+16044441111");
    for (const [label, value] of fields) await typeInto(page, field(page, label), value);
    await tabTo(page, page.getByRole("button", { name: "Send" }));
    await page.keyboard.press("Enter");
    await expect(focused(page)).toContainText("Sent to Connectly");
    await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeVisible();
  });
}

test("a send that fails moves the focus to the alert, and Ctrl+Enter sends from any field", async ({ page }) => {
  await openComposer(page, "text");
  await typeInto(page, field(page, "Recipient"), "+12015550101");
  await typeInto(page, field(page, "Message text"), "Following up on your question.");
  await page.keyboard.press("Control+Enter");
  // The window is closed, so the composer asks first; its first choice has the focus, Send anyway is the next.
  const question = page.getByRole("dialog", { name: "Send outside the 24-hour window?" });
  await expect(question.getByRole("link", { name: "Send a template instead" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(question.getByRole("button", { name: "Send anyway" })).toBeFocused();
  await page.keyboard.press("Enter");
  const alert = page.getByRole("alert").filter({ hasText: "What to do" });
  await expect(alert).toBeFocused();
  // The alert's next step is the next stop.
  await page.keyboard.press("Tab");
  await expect(alert.getByRole("link", { name: "Send a template instead" })).toBeFocused();
});

test("an empty Send moves the focus to the first field in error, which names its error", async ({ page }) => {
  await openComposer(page, "text");
  await tabTo(page, page.getByRole("button", { name: "Send" }));
  await page.keyboard.press("Enter");
  const recipient = field(page, "Recipient");
  await expect(recipient).toBeFocused();
  await expect(recipient).toHaveAttribute("aria-invalid", "true");
  const described = (await recipient.getAttribute("aria-describedby"))!.split(" ");
  const error = page.locator(`[id="${described.at(-1)}"]`);
  await expect(error).not.toBeEmpty();
});

test("adds and removes list rows, reply buttons and products by keyboard", async ({ page }) => {
  await openComposer(page, "list");
  const section = group(page, "Section 1");
  await tabTo(page, section.getByRole("button", { name: "Add row" }));
  await page.keyboard.press("Enter");
  const row2 = section.getByRole("group", { name: "Row 2", exact: true });
  await expect(row2).toBeVisible();
  await tabTo(page, row2.getByRole("button", { name: "Remove row 2 of section 1" }));
  await page.keyboard.press("Enter");
  await expect(row2).toHaveCount(0);
  await expect(focused(page)).not.toHaveCount(0);

  await openComposer(page, "buttons");
  await tabTo(page, page.getByRole("button", { name: "Add button" }));
  await page.keyboard.press("Space");
  await expect(group(page, "Button 2")).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Remove button 2" }));
  await page.keyboard.press("Enter");
  await expect(group(page, "Button 2")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add button" })).toBeFocused();

  await openComposer(page, "products");
  const products = group(page, "Section 1");
  await tabTo(page, products.getByRole("button", { name: "Add product" }));
  await page.keyboard.press("Enter");
  await expect(products.getByLabel("Product retailer ID")).toHaveCount(2);
  await expect(products.getByLabel("Product retailer ID").nth(1)).toBeFocused();
  await tabTo(page, products.getByRole("button", { name: "Remove product 2 of section 1" }));
  await page.keyboard.press("Enter");
  await expect(products.getByLabel("Product retailer ID")).toHaveCount(1);
  await expect(products.getByLabel("Product retailer ID")).toBeFocused();
});

test("picks a template in the combobox with the arrows and Enter; Escape closes it and keeps the choice", async ({
  page,
}) => {
  await openComposer(page, "template");
  const combobox = page.getByRole("combobox", { name: "Template", exact: true });
  await tabTo(page, combobox);
  await expect(combobox).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.type("order");
  const options = page.getByRole("listbox", { name: "Templates" }).getByRole("option");
  await expect(options.first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  const active = await combobox.getAttribute("aria-activedescendant");
  const name = (await page.locator(`[id="${active}"]`).locator(".font-mono").first().textContent())!.trim();
  await page.keyboard.press("Enter");
  await expect(combobox).toHaveValue(name);
  await expect(combobox).toHaveAttribute("aria-expanded", "false");

  await page.keyboard.press("ArrowDown");
  await expect(combobox).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Escape");
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
  await expect(combobox).toHaveValue(name);
  await expect(combobox).toBeFocused();
});

/** Opens the template composer, types the recipient and picks the template from the combobox by keyboard. */
async function openTemplateByKeyboard(page: Page, name: string) {
  await openComposer(page, "template");
  await typeInto(page, field(page, "Recipient"), "+16044441111");
  const combobox = page.getByRole("combobox", { name: "Template", exact: true });
  await tabTo(page, combobox);
  await page.keyboard.type(name);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(combobox).toHaveValue(name);
}

test("a template chosen by keyboard is sent with Ctrl+Enter", async ({ page }) => {
  await openTemplateByKeyboard(page, "spring_collection");
  await typeInto(page, field(page, "Body variable {{1}}"), "Maria");
  for (const n of [1, 2, 3]) {
    // The cards are tabs: Tab reaches the one shown, the arrows move to the next.
    if (n > 1) {
      await tabTo(page, page.getByRole("tab", { name: `Card ${n - 1}` }));
      await page.keyboard.press("ArrowRight");
    }
    await expect(page.getByRole("tab", { name: `Card ${n}` })).toHaveAttribute("aria-selected", "true");
    await typeInto(page, page.getByLabel(`Card ${n} image URL`), `https://cdn.example.com/card-${n}.jpg`);
    await typeInto(page, page.getByLabel(`Card ${n} body variable {{1}}`), `$${n}0`);
    await typeInto(page, page.getByLabel(`Card ${n} button 1 URL suffix`), `card-${n}`);
  }
  await page.keyboard.press("Control+Enter");
  await expect(focused(page)).toContainText("Sent to Connectly");
});

test("Enter in a template's variable sends it once, as in any single-line field", async ({ page, request }) => {
  await openTemplateByKeyboard(page, "welcome_video");
  await typeInto(page, field(page, "Header media URL"), "https://cdn.example.com/tour.mp4");
  const variable = field(page, "Body variable {{1}}");
  await typeInto(page, variable, "Maria");
  // The variables belong to the composer's small second form (text-island.tsx), which the browser would submit.
  expect(await variable.evaluate((input: HTMLInputElement) => input.form === input.closest("form"))).toBe(false);
  const address = page.url();
  await page.keyboard.press("Enter");
  await expect(focused(page)).toContainText("Sent to Connectly");
  expect(page.url()).toBe(address);
  const sends = (await sandboxRequests(request)).filter((r) => r.path.endsWith("/send/whatsapp_templated_messages"));
  expect(sends).toHaveLength(1);
  expect(JSON.stringify(sends[0]!.body)).toContain("Maria");
});

for (const { type, fill, opener, dialog } of [
  {
    type: "list",
    fill: [["Menu button", "Slots"]] as [string, string][],
    opener: /Slots/,
    dialog: "Slots",
  },
  { type: "products", fill: [] as [string, string][], opener: /View items/, dialog: "View items" },
]) {
  test(`the ${type} sheet opens as a named dialog, keeps the focus inside and gives it back to its opener`, async ({
    page,
  }) => {
    await openComposer(page, type);
    for (const [label, value] of fill) await typeInto(page, field(page, label), value);
    const preview = page.getByRole("complementary", { name: "Preview" });
    const button = preview.getByRole("button", { name: opener });
    await tabTo(page, button);
    await page.keyboard.press("Enter");
    const sheet = page.getByRole("dialog", { name: dialog });
    await expect(sheet).toBeVisible();
    await expect(sheet).toHaveAttribute("aria-modal", "true");
    await expect(sheet.getByRole("button", { name: "Close" })).toBeFocused();
    for (const key of ["Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
      await page.keyboard.press(key);
      expect(await sheet.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(sheet).toHaveCount(0);
    await expect(button).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(sheet.getByRole("button", { name: "Close" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(sheet).toHaveCount(0);
    await expect(button).toBeFocused();
  });
}

test("Copy JSON by keyboard puts the request on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openComposer(page, "text");
  await typeInto(page, field(page, "Recipient"), "+16044441111");
  await typeInto(page, field(page, "Message text"), "Copied by keyboard");
  const copy = page.getByRole("button", { name: "Copy JSON" });
  await tabTo(page, copy);
  await page.keyboard.press("Enter");
  await expect(copy).toHaveText("Copied");
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied).toMatchObject({
    recipient: { id: "+16044441111", channelType: "whatsapp" },
    message: { text: "Copied by keyboard" },
  });
  // The request itself can be scrolled by keyboard: it is the next stop, named.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("region", { name: "Request JSON" })).toBeFocused();
});

test("Describe preview reads the preview once, on request, instead of on every keystroke", async ({ page }) => {
  await openComposer(page, "text");
  await typeInto(page, field(page, "Message text"), "Your parcel is on its way");
  await expect(field(page, "Message text")).toHaveAccessibleDescription(/25 of 4,096 characters/);
  const describe = page.getByRole("button", { name: "Describe preview" });
  await tabTo(page, describe);
  await page.keyboard.press("Enter");
  const summary = page.getByRole("complementary", { name: "Preview" }).locator('[aria-live="polite"]');
  await expect(summary).toContainText("Preview: Your parcel is on its way");
  await expect(page.getByRole("figure", { name: "Message preview" })).not.toHaveAttribute("aria-live", /./);
  await typeInto(page, field(page, "Message text"), "Changed");
  await expect(summary).toContainText("Your parcel is on its way");
});

test("moves through history and opens a message's detail by keyboard", async ({ page }) => {
  await openComposer(page, "text");
  await typeInto(page, field(page, "Recipient"), "+16044441111");
  await typeInto(page, field(page, "Message text"), "Find me in history");
  const id = await send(page);

  await page.goto("/history");
  const link = page.locator('main a[href^="/history/"]').first();
  await tabTo(page, link);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/history\/[^/?]+$/);
  await expect(page.getByRole("heading", { name: new RegExp(id) })).toBeVisible();
  // "← History" goes back to the row the message was opened from, with the focus on it.
  const opened = new URL(page.url()).pathname;
  await tabTo(page, page.getByRole("link", { name: "← History" }), { max: 20 });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.locator(`main a[href="${opened}"]:visible`)).toBeFocused();
});

test("a type picked in the type strip keeps the focus on a 390 px phone, so Tab goes on from it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openComposer(page, "text");
  const strip = page.getByRole("navigation", { name: "Message type" });
  await tabTo(page, strip.getByRole("link", { name: "Image" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/compose\/image$/);
  await expect(strip.getByRole("link", { name: "Image" })).toHaveAttribute("aria-current", "page");
  await expect(strip.getByRole("link", { name: "Image" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(strip.getByRole("link", { name: "Video" })).toBeFocused();
  // The template composer is a page of its own; the same there.
  await tabTo(page, strip.getByRole("link", { name: "Template" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/compose\/template$/);
  await expect(strip.getByRole("link", { name: "Template" })).toBeFocused();
});

test.describe("with no configuration (sandbox mode)", () => {
  test.use({ baseURL: E2E.sandboxAppUrl });

  test("Simulate customer reply waits in its place until the number is whole, so Tab from Recipient always takes the same path", async ({
    page,
  }) => {
    await openComposer(page, "text");
    const simulate = page.getByRole("button", { name: "Simulate customer reply" });
    /** The stops Tab makes from Recipient to Message text. */
    const path = async () => {
      await field(page, "Recipient").focus();
      const stops: string[] = [];
      for (let presses = 0; presses < 10; presses++) {
        await page.keyboard.press("Tab");
        if (await field(page, "Message text").evaluate((element) => element === document.activeElement)) return stops;
        stops.push(await focused(page).evaluate((element) => element.id || element.textContent?.trim() || ""));
      }
      throw new Error("Tab never reached Message text");
    };
    await field(page, "Recipient").fill("+1604");
    await expect(simulate).toHaveAttribute("aria-disabled", "true");
    await expect(simulate).toHaveAccessibleDescription(/a reply can be simulated, once the number is whole/);
    const waiting = await path();
    expect(waiting).toContain("Simulate customer reply");
    // Pressed while it waits, it does nothing and keeps the focus.
    await simulate.focus();
    await page.keyboard.press("Space");
    await expect(simulate).toBeFocused();
    await expect(simulate).toHaveText("Simulate customer reply");
    // A demo customer who wrote at start-up: their window is open, so no template link joins the path.
    await field(page, "Recipient").fill("+16044441111");
    await expect(page.getByText(/^Window open/)).toBeVisible();
    await expect(simulate).not.toHaveAttribute("aria-disabled");
    expect(await path()).toEqual(waiting);
  });
});
