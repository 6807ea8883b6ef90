import { type APIRequestContext, expect, type Locator, type Page, test } from "@playwright/test";
import {
  fillEnvelope,
  fillTemplateValues,
  group,
  openComposer,
  pickTemplate,
  SEND_PATH,
  send,
} from "./support/compose";
import { E2E } from "./support/e2e-config";
import { clearSandbox, customerWrites, sandboxRequests } from "./support/sandbox";

// The composer as a person uses it: clicks straight after typing (Playwright's click presses the mouse on the
// button while the field still has focus, as a person does), pasted numbers, a slow first load, a phone's width.

const CUSTOMER = "+16044441111";

test.beforeEach(async ({ request }) => {
  await clearSandbox(request);
});

async function sentBodies(page: Page, path = SEND_PATH) {
  return (await sandboxRequests(page.request)).filter((r) => r.path === path).map((r) => r.body);
}

/** A customer writes first (their window opens), then a text to them is sent from a fresh composer. */
async function sendTextToWriter(page: Page, request: APIRequestContext, customer: string, text: string) {
  await customerWrites(request, customer);
  await openComposer(page, "text");
  await fillEnvelope(page, customer);
  await page.getByLabel("Message text").fill(text);
  await send(page);
}

/** Nothing in the form shows an error: no control is marked invalid. */
async function expectNoErrors(scope: Locator) {
  await expect(scope.locator('[aria-invalid="true"]')).toHaveCount(0);
}

const form = (page: Page, type: string) => page.getByRole("form", { name: `Compose ${type} message` });

test("list: Add row, Remove, Add section and Send each work on the first click after typing", async ({ page }) => {
  await openComposer(page, "list");
  await fillEnvelope(page, CUSTOMER);
  await page.getByLabel("Message text").fill("Pick a delivery slot");
  await page.getByLabel("Menu button").fill("Slots");
  const section = group(page, "Section 1");
  const row = (n: number) => section.getByRole("group", { name: `Row ${n}`, exact: true });

  await row(1).getByLabel("Row ID").fill("morning");
  await row(1).getByLabel("Row title").fill("Morning");
  await section.getByRole("button", { name: "Add row" }).click();
  await expect(row(2)).toBeVisible();
  // The new row waits for the person: nothing turns red before it is typed into or sent.
  await expectNoErrors(form(page, "list"));

  await row(2).getByLabel("Row ID").fill("noon");
  await row(2).getByLabel("Row title").fill("Noon");
  await section.getByRole("button", { name: "Add row" }).click();
  await expect(row(3)).toBeVisible();

  await row(3).getByLabel("Row ID").fill("evening");
  await section.getByRole("button", { name: "Remove row 3 of section 1" }).click();
  await expect(row(3)).toHaveCount(0);

  await row(2).getByLabel("Row description").fill("12:00 to 14:00");
  await page.getByRole("button", { name: "Add section" }).click();
  await expect(group(page, "Section 2")).toBeVisible();
  await expectNoErrors(form(page, "list"));
  await group(page, "Section 2").getByLabel("Section title").fill("Later");
  await page.getByRole("button", { name: "Remove section 2" }).click();
  await expect(group(page, "Section 2")).toHaveCount(0);

  await row(2).getByLabel("Row title").fill("Midday");
  await send(page);
  const [body] = await sentBodies(page);
  expect(body).toMatchObject({
    message: {
      listMessage: {
        sections: [
          {
            rows: [
              { id: "morning", text: "Morning" },
              { id: "noon", text: "Midday", description: "12:00 to 14:00" },
            ],
          },
        ],
      },
    },
  });
});

test("list: Add row on an untouched list turns nothing red", async ({ page }) => {
  await openComposer(page, "list");
  await group(page, "Section 1").getByRole("button", { name: "Add row" }).click();
  await page.getByRole("button", { name: "Add section" }).click();
  await expect(group(page, "Section 2")).toBeVisible();
  await expectNoErrors(form(page, "list"));
  await expect(page.getByText("Give the row an ID", { exact: false })).toHaveCount(0);
});

test("an error clears as soon as the field is valid, without leaving it", async ({ page }) => {
  await openComposer(page, "list");
  await fillEnvelope(page, CUSTOMER);
  await page.getByRole("button", { name: "Send" }).click();
  const rowId = group(page, "Section 1").getByLabel("Row ID");
  await expect(rowId).toHaveAttribute("aria-invalid", "true");
  await rowId.pressSequentially("a");
  await expect(rowId).toBeFocused();
  await expect(rowId).toHaveAttribute("aria-invalid", "false");
  // A row added after a failed Send is new: it waits too.
  await group(page, "Section 1").getByRole("button", { name: "Add row" }).click();
  await expect(group(page, "Row 2").getByLabel("Row ID")).toHaveAttribute("aria-invalid", "false");
  expect(await sentBodies(page)).toHaveLength(0);
});

test("reply buttons: Add button after a too-long title, Remove and Send work on the first click", async ({ page }) => {
  await openComposer(page, "buttons");
  await fillEnvelope(page, CUSTOMER);
  await page.getByLabel("Message text").fill("Was this helpful?");
  await group(page, "Button 1").getByLabel("Button ID").fill("yes");
  const title = group(page, "Button 1").getByLabel("Button title");
  await title.fill("Yes, this was very helpful");
  // Said while typing, so leaving the field moves nothing.
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Add button" }).click();
  await expect(group(page, "Button 2")).toBeVisible();

  await group(page, "Button 2").getByLabel("Button ID").fill("no");
  await page.getByRole("button", { name: "Remove button 2" }).click();
  await expect(group(page, "Button 2")).toHaveCount(0);

  await title.fill("Yes");
  await expect(title).toHaveAttribute("aria-invalid", "false");
  await page.getByRole("button", { name: "Add button" }).click();
  await group(page, "Button 2").getByLabel("Button ID").fill("no");
  await group(page, "Button 2").getByLabel("Button title").fill("No");
  await send(page);
  const [body] = await sentBodies(page);
  expect(body).toMatchObject({
    message: {
      replyButtonMessage: {
        buttons: [
          { id: "yes", text: "Yes" },
          { id: "no", text: "No" },
        ],
      },
    },
  });
});

test("products: Add product, Remove and Send work on the first click after typing", async ({ page }) => {
  await openComposer(page, "products");
  await fillEnvelope(page, CUSTOMER);
  await page.getByLabel("Header text").fill("Summer picks");
  await page.getByLabel("Message text").fill("Two things we think you'll like");
  await page.getByLabel("Catalog ID").fill("194836987003835");
  const section = group(page, "Section 1");
  await section.getByLabel("Section title").fill("Shoes");
  const product = (n: number) => section.getByLabel("Product retailer ID").nth(n);
  await product(0).fill("SHOE-1");
  await section.getByRole("button", { name: "Add product" }).click();
  await expect(product(1)).toBeVisible();
  await expectNoErrors(form(page, "products"));
  await product(1).fill("SHOE-9");
  await section.getByRole("button", { name: "Add product" }).click();
  await product(2).fill("SHOE-3");
  await section.getByRole("button", { name: "Remove product 2 of section 1" }).click();
  await expect(section.getByLabel("Product retailer ID")).toHaveCount(2);
  await product(1).fill("SHOE-2");
  await send(page);
  const [body] = await sentBodies(page);
  expect(body).toMatchObject({
    message: {
      multiProductMessage: {
        sections: [
          { title: "Shoes", productItems: [{ productRetailerId: "SHOE-1" }, { productRetailerId: "SHOE-2" }] },
        ],
      },
    },
  });
});

test("template: Send works on the first click after typing a variable, and Ctrl+Enter is offered and works", async ({
  page,
}) => {
  await openComposer(page, "template");
  await page.getByLabel("Recipient", { exact: true }).fill(CUSTOMER);
  await pickTemplate(page, "order_update", "en_US");
  const variables = await fillTemplateValues(page, "value");
  const count = await variables.count();
  await expect(form(page, "template")).toContainText("or press Ctrl+Enter");
  await send(page);

  // A send clears the variables' values: typed again, then sent from the keyboard.
  await fillTemplateValues(page, "again");
  await variables.nth(count - 1).press("Control+Enter");
  const templates = SEND_PATH.replace("send/messages", "send/whatsapp_templated_messages");
  await expect.poll(async () => (await sentBodies(page, templates)).length).toBe(2);
});

test("template: each variable's field quotes the template's words around it, so its value can be told apart", async ({
  page,
}) => {
  await openComposer(page, "template");
  await pickTemplate(page, "order_update", "en_US");
  await expect(page.getByLabel("Header text")).toHaveAccessibleDescription(/In the header: .*Order \{\{1\}\} update/);
  await expect(page.getByLabel("Body variable {{2}}")).toHaveAccessibleDescription(
    /In the body: .*Hi \{\{1\}\}, your order \{\{2\}\} is on its way/,
  );
  await expect(page.getByLabel("Body variable {{3}}")).toHaveAccessibleDescription(/…and should arrive by \{\{3\}\}\./);
});

/**
 * A slow phone: the scripts arrive late and run slowly, while the person types into the server's page; not before
 * `held` settles, when given, so that what the person does first certainly happens before them. The returned
 * function waits for the page to load and gives the machine its speed back.
 */
async function openOnASlowPhone(page: Page, path: string, held?: Promise<void>): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 8 });
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await Promise.all([new Promise((resolve) => setTimeout(resolve, 500)), held]);
    await route.continue();
  });
  await page.goto(path, { waitUntil: "commit" });
  return async () => {
    await page.waitForLoadState("load");
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  };
}

/** A promise and the function that settles it. */
function gate(): [Promise<void>, () => void] {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return [opened, open];
}

test("what is typed into Recipient before the scripts run is kept once, over the draft", async ({ page }) => {
  await openComposer(page, "text");
  await page.getByLabel("Recipient", { exact: true }).fill("+16044449999");
  await page.getByLabel("Message text").fill("from the draft");
  await page.waitForTimeout(400);
  const [typedFirst, scriptsMayRun] = gate();
  const loaded = await openOnASlowPhone(page, "/compose/text", typedFirst);
  const recipient = page.getByLabel("Recipient", { exact: true });
  await recipient.pressSequentially(CUSTOMER.slice(0, 5), { delay: 60 });
  scriptsMayRun();
  await recipient.pressSequentially(CUSTOMER.slice(5), { delay: 60 });
  await loaded();
  await expect(page.getByText(`Sent as ${CUSTOMER}.`)).toBeVisible();
  await expect(recipient).toHaveValue(CUSTOMER);
  // A new message was begun: the draft's text is not put beside it (see the test below).
  await expect(page.getByLabel("Message text")).toHaveValue("");
  await expect(page.getByLabel("Request JSON")).toContainText(`"id": "${CUSTOMER}"`);
});

test("Send and Enter before the scripts run neither send nor put the number in the address", async ({ page }) => {
  const [pressed, scriptsMayRun] = gate();
  const loaded = await openOnASlowPhone(page, "/compose/text", pressed);
  const send = page.getByRole("button", { name: "Send", exact: true });
  await expect(send).toBeDisabled();
  const recipient = page.getByLabel("Recipient", { exact: true });
  await recipient.fill(CUSTOMER);
  await page.getByLabel("Message text").fill("typed while the page loads");
  await recipient.press("Enter");
  await send.click({ force: true });
  scriptsMayRun();
  await loaded();
  await expect(send).toBeEnabled();
  expect(new URL(page.url()).search).toBe("");
  await expect(recipient).toHaveValue(CUSTOMER);
  await expect(page.getByLabel("Message text")).toHaveValue("typed while the page loads");
  expect(await sentBodies(page)).toHaveLength(0);
  await send.click();
  await expect(page.getByText(`Sent as ${CUSTOMER}.`)).toBeVisible();
  await expect.poll(async () => (await sentBodies(page)).length).toBe(1);
});

/** Leaves a document draft behind, as someone who began one yesterday did. */
async function leaveADocumentDraft(page: Page) {
  await openComposer(page, "document");
  await page.getByLabel("Media URL").fill("https://example.com/old.pdf");
  await page.getByLabel("Caption").fill("old caption");
  await page.waitForTimeout(400);
}

test("what is typed before the scripts run wins over the draft in every field, never mixed with it", async ({
  page,
}) => {
  await leaveADocumentDraft(page);
  const [typedFirst, scriptsMayRun] = gate();
  const loaded = await openOnASlowPhone(page, "/compose/document", typedFirst);
  const recipient = page.getByLabel("Recipient", { exact: true });
  const url = page.getByLabel("Media URL");
  const caption = page.getByLabel("Caption");
  await recipient.pressSequentially(CUSTOMER.slice(0, 5), { delay: 60 });
  scriptsMayRun();
  await recipient.pressSequentially(CUSTOMER.slice(5), { delay: 60 });
  // Only the scripts say "Sent as": they ran while the number was typed, and the person goes on to the next fields,
  // where the draft used to be put under the keys typed there ("old captionnew caption").
  await expect(page.getByText(`Sent as ${CUSTOMER}.`)).toBeVisible();
  await url.pressSequentially("https://example.com/new.pdf", { delay: 60 });
  await caption.pressSequentially("new caption", { delay: 60 });
  await loaded();
  await expect(recipient).toHaveValue(CUSTOMER);
  await expect(url).toHaveValue("https://example.com/new.pdf");
  await expect(caption).toHaveValue("new caption");
  await expect(page.getByLabel("Request JSON")).toContainText('"caption": "new caption"');
  await expect(page.getByText("Your saved draft was not restored: you had begun a new message.")).toBeVisible();

  // Nothing typed before the scripts ran: the draft, now the new message, comes back whole, and the old one is
  // still offered.
  await page.waitForTimeout(400);
  await page.reload();
  await expect(url).toHaveValue("https://example.com/new.pdf");
  await expect(caption).toHaveValue("new caption");
  await expect(recipient).toHaveValue(CUSTOMER);
  await expect(page.getByText("Your saved draft was not restored")).toHaveCount(0);
  await expect(page.getByText("Draft restored. You had another draft here:")).toBeVisible();
  await page.getByRole("button", { name: "Restore it" }).click();
  await expect(url).toHaveValue("https://example.com/old.pdf");
  await expect(caption).toHaveValue("old caption");
});

test("a field gone into before the scripts run gets no draft under the keys typed next", async ({ page }) => {
  await leaveADocumentDraft(page);
  const [clicked, scriptsMayRun] = gate();
  const loaded = await openOnASlowPhone(page, "/compose/document", clicked);
  const caption = page.getByLabel("Caption");
  await caption.click();
  scriptsMayRun();
  await loaded();
  await caption.pressSequentially("new caption");
  await expect(caption).toHaveValue("new caption");
  await expect(page.getByLabel("Media URL")).toHaveValue("");
  await expect(page.getByText("Your saved draft was not restored: you had begun a new message.")).toBeVisible();
});

test("the message text is a form of its own for the browser, and what is typed into it before the scripts run is kept", async ({
  page,
}) => {
  // Chrome's autofill reads the whole form a field is in after each key; the long texts keep that form small.
  await openComposer(page, "list");
  const owner = (field: Locator) =>
    field.evaluate((element: HTMLTextAreaElement | HTMLInputElement) => ({
      composer: element.form?.id === element.closest("form")?.id,
      // Its one button, disabled, only stops the browser sending it on Enter.
      fields: [...(element.form?.elements ?? [])].filter((field) => !(field instanceof HTMLButtonElement)).length,
    }));
  expect(await owner(page.getByLabel("Message text"))).toEqual({ composer: false, fields: 2 });
  expect(await owner(page.getByLabel("Recipient", { exact: true }))).toMatchObject({ composer: true });

  const loaded = await openOnASlowPhone(page, "/compose/text");
  const text = page.getByLabel("Message text");
  await text.pressSequentially("Typed early", { delay: 60 });
  await loaded();
  await expect(page.getByLabel("Request JSON")).toContainText('"text": "Typed early"');
  await expect(text).toHaveValue("Typed early");
});

/** Pastes as a person does: the text on the clipboard, then Ctrl+V into the focused field. */
async function paste(page: Page, field: Locator, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await field.fill("");
  await field.focus();
  await page.keyboard.press("ControlOrMeta+V");
}

test("pasted numbers become the number they will be sent as", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openComposer(page, "text");
  const recipient = page.getByLabel("Recipient", { exact: true });
  for (const [pasted, sentAs] of <[string, string][]>[
    ["+1 (604) 444-1111", CUSTOMER],
    ["+1 604 444 1111", CUSTOMER],
    ["+44 20 7946 0958", "+442079460958"],
    ["1 604 444 1111", CUSTOMER],
    ["+1.604.444.1111", CUSTOMER],
  ]) {
    await paste(page, recipient, pasted);
    await expect(recipient).toHaveValue(sentAs);
    await expect(recipient).toHaveAttribute("aria-invalid", "false");
    await expect(page.getByText(`Sent as ${sentAs}.`)).toBeVisible();
  }

  // Typed, not pasted: the hint says the number while typing, the field becomes it on leaving.
  await recipient.fill("");
  await recipient.pressSequentially("1 604 444 1111");
  await expect(page.getByText(`Sent as ${CUSTOMER}.`)).toBeVisible();
  await expect(recipient).toHaveAttribute("aria-invalid", "false");
  // The request shown is the one Send makes, before the field is left too.
  await expect(recipient).toBeFocused();
  await expect(page.getByLabel("Request JSON")).toContainText(`"id": "${CUSTOMER}"`);
  await page.getByLabel("Message text").fill("Hello from a pasted number");
  await expect(recipient).toHaveValue(CUSTOMER);
  await page.getByLabel("Sender").selectOption(E2E.senders[0]);
  await send(page);
  const [body] = await sentBodies(page);
  expect(body).toMatchObject({ recipient: { id: CUSTOMER } });
});

test("a Send while the window is closed asks first, and offers the template composer", async ({ page }) => {
  const closed = "+12015550101";
  await openComposer(page, "text");
  await fillEnvelope(page, closed, E2E.senders[1]);
  await page.getByLabel("Message text").fill("Are you still there?");
  await page.getByRole("button", { name: "Send" }).click();
  const question = page.getByRole("dialog", { name: "Send outside the 24-hour window?" });
  // In the badge's words for the same window.
  const badge = page.getByText(
    /: only a template can (start the conversation|reach this customer until they write again)$/,
  );
  await expect(badge).toBeVisible();
  await expect(question).toContainText(
    `${await badge.textContent()}. Connectly will refuse this message. Send a template instead?`,
  );
  await question.getByRole("button", { name: "Cancel" }).click();
  await expect(question).toBeHidden();
  expect(await sentBodies(page)).toHaveLength(0);

  await page.getByLabel("Message text").press("Control+Enter");
  await question.getByRole("link", { name: "Send a template instead" }).click();
  await expect(page.getByLabel("Recipient", { exact: true })).toHaveValue(closed);
  await expect(page.getByLabel("Sender")).toHaveValue(E2E.senders[1]);
  // The draft holds them now: the address drops them, and a reload keeps them.
  await expect(page).toHaveURL(/\/compose\/template$/);
  await page.reload();
  await expect(page.getByLabel("Recipient", { exact: true })).toHaveValue(closed);
  expect(await sentBodies(page)).toHaveLength(0);
});

test("a Send to a customer who wrote within 24 hours goes without a question", async ({ page, request }) => {
  await sendTextToWriter(page, request, "+16044443003", "Thanks for writing");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

for (const width of [390, 1280]) {
  test(`at ${width} px Send stays in its place as the Recipient goes between an open window, a closed one and none`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const wrote = "+16044443021";
    await customerWrites(request, wrote);
    await openComposer(page, "text");
    await page.getByLabel("Sender").selectOption(E2E.senders[0]);
    const recipient = page.getByLabel("Recipient", { exact: true });
    const envelope = page.getByRole("region", { name: "To and from" });
    const sendAt = async () => (await page.getByRole("button", { name: "Send", exact: true }).boundingBox())?.y;
    await recipient.fill(wrote);
    await expect(envelope.getByText(/^Window open/)).toBeVisible();
    const y = await sendAt();
    await recipient.fill("+12015550101");
    await expect(envelope.getByText(/^(Window closed|No message from this customer yet)/)).toBeVisible();
    expect(await sendAt()).toBe(y);
    await recipient.fill("+16044443022");
    await expect(envelope.getByText(/^No message from this customer yet/)).toBeVisible();
    expect(await sendAt()).toBe(y);
  });
}

for (const width of [320, 390, 1280]) {
  test(`at ${width} px Send stays in its place as the Recipient's hint goes from how to write a number to the number it is sent as`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.setViewportSize({ width, height: 900 });
    await openComposer(page, "text");
    const recipient = page.getByLabel("Recipient", { exact: true });
    const hint = page.locator("#recipient-id-hint");
    const sendAt = async () => (await page.getByRole("button", { name: "Send", exact: true }).boundingBox())?.y;
    const y = await sendAt();
    await recipient.pressSequentially("+44 20");
    await expect(hint).toHaveText(/^Country code first/);
    expect(await sendAt()).toBe(y);
    // Two lines of how to write a number become one line of the number, at a phone's width.
    await recipient.pressSequentially(" 7946 0958");
    await expect(hint).toHaveText("Sent as +442079460958.");
    expect(await sendAt()).toBe(y);
    await recipient.press("Tab");
    await expect(recipient).toHaveValue("+442079460958");
    expect(await sendAt()).toBe(y);
    for (const pasted of ["(604) 444-1111", "+1 (604) 444-1111"]) {
      await paste(page, recipient, pasted);
      await expect(hint).toHaveText(`Sent as ${CUSTOMER}.`);
      expect(await sendAt()).toBe(y);
    }
  });
}

test.describe("with no configuration (sandbox mode)", () => {
  test.use({ baseURL: E2E.sandboxAppUrl });

  for (const width of [390, 1280]) {
    test(`at ${width} px Send stays in its place as the Recipient goes between demo customers with an open window, a closed one and none`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await openComposer(page, "text");
      const recipient = page.getByLabel("Recipient", { exact: true });
      const envelope = page.getByRole("region", { name: "To and from" });
      const sendAt = async () => (await page.getByRole("button", { name: "Send", exact: true }).boundingBox())?.y;
      // Ada wrote at start-up; Dan wrote 25 hours before it; the third number never wrote.
      await recipient.fill("+16044441111");
      await expect(envelope.getByText(/^Window open/)).toBeVisible();
      const y = await sendAt();
      await recipient.fill("+12015550101");
      await expect(envelope.getByText(/^Window closed/)).toBeVisible();
      expect(await sendAt()).toBe(y);
      await recipient.fill("+16045550000");
      await expect(envelope.getByText(/^No message from this customer yet/)).toBeVisible();
      expect(await sendAt()).toBe(y);
    });
  }
});

test("Send again takes the last outcome away, also when the form refuses the new message", async ({
  page,
  request,
}) => {
  const customer = "+16044443004";
  await sendTextToWriter(page, request, customer, "The first message");
  await page.getByLabel("Message text").fill("");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByLabel("Message text")).toHaveAttribute("aria-invalid", "true");
  // The success box was the first message's: beside the refused second one it would say this one went out.
  await expect(page.getByText("Sent to Connectly")).toHaveCount(0);
  await page.getByLabel("Message text").fill("The second message");
  await send(page);
  expect((await sentBodies(page)).filter((body) => JSON.stringify(body).includes(customer))).toHaveLength(2);
});

test("on a phone the message types open scrolled to the current one and fade where more are hidden", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const types = page.getByRole("navigation", { name: "Message type" });
  const fade = () => types.evaluate((nav) => getComputedStyle(nav).maskImage);
  await openComposer(page, "template");
  await expect(types.getByRole("link", { name: "Template" })).toBeInViewport({ ratio: 1 });
  await expect(types.getByRole("link", { name: "Text" })).not.toBeInViewport();
  // Transparent at the start: Text and the others are off to the left.
  expect(await fade()).toMatch(/^linear-gradient\(90deg, rgba\(0, 0, 0, 0\)/);
  await openComposer(page, "text");
  await expect(types.getByRole("link", { name: "Text" })).toBeInViewport({ ratio: 1 });
  expect(await fade()).toMatch(/^linear-gradient\(270deg, rgba\(0, 0, 0, 0\)/);
});

test("Edit as new: a reload keeps the edits", async ({ page }) => {
  await openComposer(page, "text");
  await fillEnvelope(page, CUSTOMER);
  await page.getByLabel("Message text").fill("The original");
  await send(page);
  await page.getByRole("status").getByRole("link", { name: "View it in history" }).click();
  await page.getByRole("link", { name: "Edit as new" }).click();
  await expect(page.getByLabel("Message text")).toHaveValue("The original");
  await expect(page).toHaveURL(/\/compose\/text$/);
  await page.getByLabel("Message text").fill("The original, edited");
  await page.reload();
  await expect(page.getByLabel("Message text")).toHaveValue("The original, edited");
  await expect(page.getByLabel("Recipient", { exact: true })).toHaveValue(CUSTOMER);
});

test("Clear draft keeps the recipient and can be undone", async ({ page }) => {
  await openComposer(page, "text");
  await fillEnvelope(page, CUSTOMER);
  await page.getByLabel("Message text").fill("A long message I would hate to lose");
  await page.getByRole("button", { name: "Clear draft" }).click();
  await expect(page.getByLabel("Message text")).toHaveValue("");
  await expect(page.getByLabel("Recipient", { exact: true })).toHaveValue(CUSTOMER);
  await expect(page.getByText("Draft cleared; the recipient is kept.")).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByLabel("Message text")).toHaveValue("A long message I would hate to lose");
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);

  await page.getByRole("button", { name: "Clear draft" }).click();
  await page.reload();
  await expect(page.getByLabel("Message text")).toHaveValue("");
  await expect(page.getByLabel("Recipient", { exact: true })).toHaveValue(CUSTOMER);
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("no composer scrolls sideways, and the preview follows the form behind a Preview toggle", async ({
    page,
  }, testInfo) => {
    const long = `https://example.com/${"a-very-long-path-segment".repeat(8)}`;
    for (const type of ["text", "image", "document", "location", "list", "buttons", "product", "products"]) {
      await openComposer(page, type);
      await fillEnvelope(page, "+1 (604) 444-1111");
      const text = page.getByLabel("Message text").or(page.getByLabel("Caption")).or(page.getByLabel("Place name"));
      await text.first().fill(long);
      await page.screenshot({ path: testInfo.outputPath(`${type}-390.png`), fullPage: true });
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(widths[0], `${type} scrolls sideways`).toBeLessThanOrEqual(widths[1]!);
    }

    await openComposer(page, "text");
    const toggle = page.getByRole("button", { name: "Preview", exact: true });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("figure", { name: "Message preview" })).toBeHidden();
    await page.getByLabel("Message text").fill("Seen on a phone");
    // Right after the form: the next stop after Send's row.
    await page.getByRole("button", { name: "Clear draft" }).focus();
    await page.keyboard.press("Tab");
    await expect(toggle).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("figure", { name: "Message preview" })).toContainText("Seen on a phone");
    await page.screenshot({ path: testInfo.outputPath("text-preview-390.png"), fullPage: true });

    await page.goto("/compose/template");
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  });
});
