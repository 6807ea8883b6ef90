import { createHmac } from "node:crypto";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { composerHydrated, pickTemplate } from "./support/compose";
import { E2E, signedIn } from "./support/e2e-config";
import { tabTo } from "./support/keyboard";
import { customerWrites, sandboxRequests } from "./support/sandbox";

const [BUSINESS] = E2E.senders;
const SEND_PATH = `/v1/businesses/${E2E.businessId}/send/messages`;

// Each test has customers of its own, so the order of tests and of other specs does not matter.
let next = 0;
const freshCustomer = () => `+1604555${String(2000 + Math.floor(Math.random() * 7000) + next++).padStart(4, "0")}`;

const threadUrl = (customer: string, business: string = BUSINESS) =>
  `/inbox/${encodeURIComponent(customer)}?business=${encodeURIComponent(business)}`;
const conversation = (page: Page, name: string | RegExp) =>
  page.getByRole("list", { name: "Conversations" }).getByRole("link", { name });
const messages = (page: Page) => page.getByRole("log", { name: "Messages" });
/** A reply's recipient and number, which a thread shows instead of asking. */
const envelope = (page: Page) => page.getByRole("region", { name: "To and from" });
async function expectRepliesTo(page: Page, customer: string, business = BUSINESS) {
  await expect(envelope(page).getByText(customer, { exact: true })).toBeVisible();
  await expect(envelope(page).getByText(business, { exact: true })).toBeVisible();
  await expect(page.getByLabel("Recipient", { exact: true })).toHaveCount(0);
  await expect(page.getByLabel("Sender")).toHaveCount(0);
}

/** The app a webhook is posted to, and the secret it checks signatures with. */
interface WebhookApp {
  url: string;
  secret: string;
}
const LIVE_APP: WebhookApp = { url: E2E.appUrl, secret: E2E.webhookSecret };
const SANDBOX_APP: WebhookApp = { url: E2E.sandboxAppUrl, secret: E2E.sandboxWebhookSecret };

/** A webhook Connectly would post, signed with the app's secret, for kinds the sandbox does not simulate. */
async function postSigned(request: APIRequestContext, body: object, app: WebhookApp = LIVE_APP) {
  const raw = JSON.stringify(body);
  const signature = createHmac("sha256", app.secret).update(raw).digest("base64");
  const response = await request.post(`${app.url}/api/webhooks/connectly`, {
    headers: { "content-type": "text/plain", "x-connectly-hmac-sha256": signature },
    data: raw,
  });
  expect(response.status()).toBe(200);
  return response.json();
}

test("the demo customers are in the Inbox, newest first, with their window and unread count", async ({ page }) => {
  await page.goto("/inbox");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link").first()).toHaveText("Inbox");
  // Other specs may have written to Ada since: her own message is in her thread whatever came after.
  const ada = conversation(page, /Ada Lovelace/).first();
  await expect(ada).toContainText(/\d+ h \d+ min left/);
  await expect(conversation(page, /Ben Okafor/)).toContainText("Replied: Change the time");
  await expect(conversation(page, /Chloe Martin/)).toContainText("Photo: The box arrived like this");
  await expect(conversation(page, /Dan Window/)).toContainText("Window closed");
  await ada.click();
  await expect(messages(page)).toContainText("Hi, is my order on its way?");
});

test("every inbound kind is stored once and drawn in the thread", async ({ page, request }) => {
  const customer = freshCustomer();
  await customerWrites(request, customer, { text: "Hello there", customerName: "Kim Kinds" }, [BUSINESS]);
  await customerWrites(
    request,
    customer,
    { attachment: { type: "image", url: "https://example.com/box.jpg" }, text: "The box" },
    [BUSINESS],
  );
  await customerWrites(request, customer, { location: { latitude: 49.28, longitude: -123.12, name: "Our shop" } }, [
    BUSINESS,
  ]);
  await customerWrites(request, customer, { listResponse: { id: "tue", title: "Tuesday" } }, [BUSINESS]);
  const stamp = String(Math.floor(Date.now() / 1000));
  const reaction = {
    timestamp: stamp,
    sender: { id: customer, channelType: "whatsapp" },
    recipient: { id: BUSINESS, channelType: "whatsapp" },
    message: { id: `reaction-${customer}`, reaction: { emoji: "👍" } },
  };
  await postSigned(request, reaction);
  // Connectly retries what it thinks failed: the same event again must not add a second message.
  expect(await postSigned(request, reaction)).toMatchObject({ duplicate: true });
  await postSigned(request, {
    timestamp: stamp,
    sender: { id: customer, channelType: "whatsapp" },
    recipient: { id: BUSINESS, channelType: "whatsapp" },
    message: {
      text: "Is the lamp still on sale?",
      referral: { headline: "Lamps -20%", sourceUrl: "https://fb.me/ad1" },
    },
  });

  await page.goto(threadUrl(customer));
  const log = messages(page);
  await expect(page.getByRole("heading", { name: "Kim Kinds" })).toBeVisible();
  await expect(log).toContainText("Hello there");
  await expect(log.getByRole("img", { name: "Photo: The box" })).toHaveAttribute("src", "https://example.com/box.jpg");
  await expect(log.getByRole("link", { name: "Open image" })).toHaveAttribute("href", "https://example.com/box.jpg");
  await expect(log.getByRole("link", { name: "49.28, -123.12" })).toBeVisible();
  await expect(log).toContainText("Our shop");
  await expect(log).toContainText("Tuesday");
  await expect(log.getByRole("img", { name: "Reaction 👍" })).toHaveCount(1);
  await expect(log).toContainText("From an ad");
  await expect(log).toContainText("Lamps -20%");
  await expect(log).toContainText("Today");
});

test("a reply from the thread reaches Connectly, shows at once and then its status; Ctrl+Enter sends", async ({
  page,
  request,
}) => {
  const customer = freshCustomer();
  await customerWrites(request, customer, { text: "Where is my parcel?" }, [BUSINESS]);
  await page.goto(threadUrl(customer));
  await expectRepliesTo(page, customer);
  const text = `It left this morning ${customer}`;
  await page.getByLabel("Message text").fill(text);
  await page.getByLabel("Message text").press("Control+Enter");
  const bubble = messages(page).getByText(text);
  await expect(bubble).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeVisible();
  // The focus stays in the reply box, emptied for the next line, which Ctrl+Enter sends without a click.
  await expect(page.getByLabel("Message text")).toBeFocused();
  await expect(page.getByLabel("Message text")).toHaveValue("");
  const second = `And it arrives tomorrow ${customer}`;
  await page.keyboard.type(second);
  await page.keyboard.press("Control+Enter");
  await expect(messages(page).getByText(second)).toBeVisible();
  await expect(page.getByLabel("Message text")).toBeFocused();
  await expect(messages(page).getByRole("img", { name: "Read" })).toHaveCount(2, { timeout: 20_000 });
  const sent = (await sandboxRequests(request)).filter(
    (r) => r.path === SEND_PATH && JSON.stringify(r.body).includes(customer),
  );
  expect(sent.map((r) => r.body)).toMatchObject([
    { recipient: { id: customer }, sender: { id: BUSINESS }, message: { text } },
    { message: { text: second } },
  ]);
  // The thread links each message to its detail.
  await messages(page).getByRole("link", { name: "Details" }).last().click();
  await expect(page).toHaveURL(/\/history\/[0-9A-Z]{26}$/);
  await page.getByRole("link", { name: "Open the conversation" }).click();
  await expect(page).toHaveURL(new RegExp(`/inbox/${encodeURIComponent(customer).replace("+", "\\+")}`));
});

test("a reply half typed is kept for its own thread through a reload, and not shown in another or on /compose", async ({
  page,
  request,
}) => {
  const [first, second] = [freshCustomer(), freshCustomer()];
  await customerWrites(request, first, { text: "Can I change my address?" }, [BUSINESS]);
  await customerWrites(request, second, { text: "Do you ship abroad?" }, [BUSINESS]);
  // Each page hydrated before typing: what is typed earlier is kept only if the page is not left before its scripts run.
  const hydrated = () => composerHydrated(page);
  await page.goto("/compose/text");
  await hydrated();
  await page.getByLabel("Message text").fill("A campaign draft on /compose");
  await page.goto(threadUrl(first));
  await hydrated();
  const text = page.getByLabel("Message text");
  await expect(text).toHaveValue("");
  await text.fill("Yes, send me the new address");
  // Before the debounced save: a reload must keep what was typed.
  await page.reload();
  await expect(page.getByLabel("Message text")).toHaveValue("Yes, send me the new address");
  await expectRepliesTo(page, first);

  await page.goto(threadUrl(second));
  await expectRepliesTo(page, second);
  await expect(page.getByLabel("Message text")).toHaveValue("");
  await page.goto("/compose/text");
  await expect(page.getByLabel("Message text")).toHaveValue("A campaign draft on /compose");
  await expect(page.getByLabel("Recipient", { exact: true })).not.toHaveValue(first);
});

test("a thread's reply goes to its customer from their number whatever its draft says, and leaves no draft behind", async ({
  page,
  request,
}) => {
  const customer = freshCustomer();
  await customerWrites(request, customer, { text: "Is my order on its way?" }, [BUSINESS]);
  await page.goto(threadUrl(customer));
  await composerHydrated(page);
  const draftKeys = () =>
    page.evaluate(
      // Not the sent message's own key, kept a while so that a reload can still say what became of the send.
      (who) => Object.keys(localStorage).filter((key) => key.includes(who) && !key.includes(":send-key:")),
      customer,
    );
  await page.getByLabel("Recipient name").fill("Ada");
  const text = `It left this morning ${customer}`;
  await page.getByLabel("Message text").fill(text);
  await expect.poll(draftKeys).not.toEqual([]);
  // A draft that names someone else (saved by an older version, or edited by hand) still replies to this customer.
  await page.evaluate((who) => {
    for (const key of Object.keys(localStorage).filter((k) => k.includes(who) && k.endsWith("envelope"))) {
      const stored = JSON.parse(localStorage.getItem(key) ?? "{}");
      localStorage.setItem(
        key,
        JSON.stringify({ ...stored, recipient: { ...stored.recipient, id: "+12015550199" }, senderId: "" }),
      );
    }
  }, customer);
  await page.reload();
  await expect(page.getByLabel("Message text")).toHaveValue(text);
  await expect(page.getByLabel("Recipient name")).toHaveValue("Ada");
  await expectRepliesTo(page, customer);

  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeVisible();
  await expect(page.getByLabel("Message text")).toHaveValue("");
  await expect.poll(draftKeys).toEqual([]);
  const sent = (await sandboxRequests(request)).filter(
    (r) => r.path === SEND_PATH && JSON.stringify(r.body).includes(text),
  );
  expect(sent).toHaveLength(1);
  expect(sent[0]?.body).toMatchObject({ recipient: { id: customer, name: "Ada" }, sender: { id: BUSINESS } });
});

/** A customer's message as Connectly posts it when it does not say which number they wrote to (no recipient). */
async function writesToNoNumber(request: APIRequestContext, customer: string, text: string, app = LIVE_APP) {
  await postSigned(
    request,
    {
      timestamp: String(Math.floor(Date.now() / 1000)),
      sender: { id: customer, channelType: "whatsapp" },
      message: { id: `no-number-${customer}-${next++}`, text },
    },
    app,
  );
}

test("in a thread without a business number, the Sender picked is kept through a reload, a switch of type and a send, in that thread only", async ({
  page,
  request,
}) => {
  const [customer, other] = [freshCustomer(), freshCustomer()];
  const picked = E2E.senders[1] ?? "";
  await writesToNoNumber(request, customer, "Which of your numbers is this?");
  await writesToNoNumber(request, other, "And mine?");
  // The sandbox takes a session message only within a window it saw opened, to the number it was opened with.
  await customerWrites(request, customer, { text: "Hello again" }, [picked]);
  // Its row in the Inbox opens this thread, not the one the customer wrote to since, with a number.
  await page.goto("/inbox");
  await conversation(page, /Which of your numbers is this\?/).click();
  await expect(page).toHaveURL(/\?business=$/);
  await expect(messages(page)).toContainText("Which of your numbers is this?");
  await expect(messages(page)).not.toContainText("Hello again");
  await page.goto(threadUrl(customer, ""));
  await expect(messages(page)).toContainText("Which of your numbers is this?");
  await composerHydrated(page);
  const sender = page.getByLabel("Sender");
  const threadKeys = () =>
    page.evaluate(
      (who) =>
        Object.keys(localStorage).filter(
          (key) => key.startsWith(`composer:inbox:${who}:`) && !key.includes(":send-key:"),
        ),
      customer,
    );
  // Nothing picked yet: Connectly's default number.
  await expect(sender).toHaveValue("");
  await sender.selectOption(picked);
  // Picked alone, with nothing typed: kept for the thread, but no draft of its own, and no draft said restored.
  await expect.poll(threadKeys).toEqual([`composer:inbox:${customer}::envelope`]);
  await page.reload();
  await expect(sender).toHaveValue(picked);
  await expect(page.getByText("Draft restored.")).toHaveCount(0);
  await page.getByLabel("Message text").fill("Our second line");
  await page.reload();
  await expect(page.getByLabel("Message text")).toHaveValue("Our second line");
  await expect(sender).toHaveValue(picked);
  await page.getByLabel("Message type").selectOption("image");
  await expect(sender).toHaveValue(picked);
  await page.getByLabel("Message type").selectOption("text");
  await expect(page.getByLabel("Message text")).toHaveValue("Our second line");

  // The conversation goes on from the number picked: sent from it, and still picked for the next reply.
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeVisible();
  await expect(page.getByLabel("Message text")).toHaveValue("");
  await expect(sender).toHaveValue(picked);
  const sent = (await sandboxRequests(request)).filter(
    (r) => r.path === SEND_PATH && JSON.stringify(r.body).includes("Our second line"),
  );
  expect(sent.map((r) => r.body)).toMatchObject([{ recipient: { id: customer }, sender: { id: picked } }]);
  await expect.poll(threadKeys).toEqual([`composer:inbox:${customer}::envelope`]);
  await page.reload();
  await expect(sender).toHaveValue(picked);

  // Another conversation without a number starts from Connectly's default, not from this one's pick.
  await page.goto(threadUrl(other, ""));
  await composerHydrated(page);
  await expect(page.getByLabel("Sender")).toHaveValue("");

  // Back to Connectly's default: the thread keeps nothing.
  await page.goto(threadUrl(customer, ""));
  await sender.selectOption("");
  await expect.poll(threadKeys).toEqual([]);
  await page.reload();
  await expect(sender).toHaveValue("");
});

test("a reply sent with a Sender picked in a thread without a number opens that thread again from its history entry", async ({
  page,
  request,
}) => {
  const customer = freshCustomer();
  const picked = E2E.senders[1] ?? "";
  await customerWrites(request, customer, { text: "Which of your numbers is this?" }, [null]);
  await page.goto(threadUrl(customer, ""));
  await composerHydrated(page);
  await page.getByLabel("Sender").selectOption(picked);
  await page.getByLabel("Message text").fill(`From the number picked ${customer}`);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeVisible();
  await messages(page).getByRole("link", { name: "Details" }).last().click();
  await expect(page).toHaveURL(/\/history\/[0-9A-Z]{26}$/);
  // The customer never wrote to the number picked: its thread would hold the reply without the customer's words.
  await page.getByRole("link", { name: "Open the conversation" }).click();
  await expect(page).toHaveURL(/\?business=$/);
  await expect(messages(page)).toContainText("Which of your numbers is this?");
  await expect(messages(page)).toContainText(`From the number picked ${customer}`);
});

test("a link naming only the customer opens their latest thread at its own address, also one without a number", async ({
  page,
  request,
}) => {
  const customer = freshCustomer();
  const customerOnly = `/inbox/${encodeURIComponent(customer)}`;
  await customerWrites(request, customer, { text: "To your number" }, [BUSINESS]);
  await page.goto(customerOnly);
  await expect(page).toHaveURL(new RegExp(`\\?business=${encodeURIComponent(BUSINESS)}$`));
  await expect(messages(page)).toContainText("To your number");
  await writesToNoNumber(request, customer, "No number this time");
  await page.goto(customerOnly);
  await expect(page).toHaveURL(/\?business=$/);
  await expect(messages(page)).toContainText("No number this time");
  // The customer writes to the number again: a reload stays in the conversation on screen.
  await customerWrites(request, customer, { text: "Back to your number" }, [BUSINESS]);
  await page.reload();
  await expect(messages(page)).toContainText("No number this time");
  await expect(messages(page)).not.toContainText("Back to your number");
});

test("a Sender picked in a thread without a number before this version is still picked", async ({ page, request }) => {
  const customer = freshCustomer();
  const picked = E2E.senders[1] ?? "";
  await writesToNoNumber(request, customer, "Still there?");
  await page.goto(threadUrl(customer, ""));
  await composerHydrated(page);
  // Where the pick was kept until then: a key of its own, as a plain string.
  await page.evaluate(({ who, number }) => localStorage.setItem(`composer:inbox:${who}::sender`, number), {
    who: customer,
    number: picked,
  });
  await page.reload();
  await expect(page.getByLabel("Sender")).toHaveValue(picked);
  await expect(page.getByText("Draft restored.")).toHaveCount(0);
  const keys = await page.evaluate((who) => Object.keys(localStorage).filter((k) => k.includes(who)), customer);
  expect(keys).toEqual([`composer:inbox:${customer}::envelope`]);
});

test("a draft set aside in a thread goes once the thread's reply is sent", async ({ page, request }) => {
  const customer = freshCustomer();
  await customerWrites(request, customer, { text: "Any news?" }, [BUSINESS]);
  await page.goto(threadUrl(customer));
  await composerHydrated(page);
  const aside = `composer:inbox:${customer}:${BUSINESS}:set-aside:text`;
  // The thread's composer is drawn only in the browser, so nothing is typed before it is ready: a draft set aside
  // there is one an earlier version or another tab left.
  await page.evaluate(
    ({ key, who }) =>
      localStorage.setItem(
        key,
        JSON.stringify({ recipient: { id: who, name: "" }, senderId: "", message: { text: "An old half reply" } }),
      ),
    { key: aside, who: customer },
  );
  await page.reload();
  await expect(page.getByText("You had a draft here:")).toBeVisible();
  await page.getByLabel("Message text").fill("We shipped it today");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Restore it" })).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), aside)).toBeNull();
  await page.reload();
  await expect(page.getByLabel("Message text")).toHaveValue("");
  await expect(page.getByText("You had a draft here:")).toHaveCount(0);
});

test("a reply carries the customer's WhatsApp name, so history finds it by that name", async ({ page, request }) => {
  const customer = freshCustomer();
  const name = "Ada Lovelace";
  await customerWrites(request, customer, { text: "Where is my parcel?", customerName: name }, [BUSINESS]);
  await page.goto(threadUrl(customer));
  await composerHydrated(page);
  await expect(page.getByLabel("Recipient name")).toHaveValue(name);
  const text = `On its way ${customer}`;
  await page.getByLabel("Message text").fill(text);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeVisible();
  const sent = (await sandboxRequests(request)).filter(
    (r) => r.path === SEND_PATH && JSON.stringify(r.body).includes(text),
  );
  expect(sent[0]?.body).toMatchObject({ recipient: { id: customer, name } });

  await page.goto("/history?q=Lovelace");
  await expect(page.getByRole("row").filter({ hasText: text })).toHaveCount(1);
});

test("a button reply is shown as a reply to the message it answers", async ({ page, request }) => {
  const customer = freshCustomer();
  await customerWrites(request, customer, { text: "Can you deliver on Friday?" }, [BUSINESS]);
  await page.goto(threadUrl(customer));
  const question = `Friday works: shall we? ${customer}`;
  await page.getByLabel("Message text").fill(question);
  await page.getByRole("button", { name: "Send" }).click();
  const status = page.getByRole("status").filter({ hasText: "Sent to Connectly" });
  const connectlyId = (await status.locator("code").first().textContent())?.trim() ?? "";
  await customerWrites(
    request,
    customer,
    { buttonResponse: { text: "Yes please", payload: "yes" }, replyToId: connectlyId },
    [BUSINESS],
  );
  const quote = messages(page).locator("blockquote").filter({ hasText: question });
  await expect(quote).toContainText("Reply to your message");
  await expect(messages(page).getByText("Yes please")).toBeVisible();
});

test("unread counts, Mark as unread and Assign to me", async ({ page, request, browser }) => {
  const customer = freshCustomer();
  const name = `Una ${customer.slice(-4)}`;
  await customerWrites(request, customer, { text: "One", customerName: name }, [BUSINESS]);
  await customerWrites(request, customer, { text: "Two", customerName: name }, [BUSINESS]);
  await page.goto("/inbox");
  await expect(conversation(page, new RegExp(name))).toContainText("2 unread");
  await page.getByLabel("Unread").check();
  await expect(conversation(page, new RegExp(name))).toBeVisible();
  await conversation(page, new RegExp(name)).click();
  await expect(messages(page)).toContainText("Two");
  await page.getByRole("button", { name: "Assign to me" }).click();
  await expect(page.getByText("Assigned to you")).toBeVisible();
  // Back to the list as it was filtered, where the thread just read is no longer unread.
  await page.getByRole("link", { name: "← Inbox" }).click();
  await expect(page).toHaveURL(/\/inbox\?only=unread$/);
  await expect(page.getByLabel("Unread")).toBeChecked();
  await expect(conversation(page, new RegExp(name))).toHaveCount(0);
  await page.getByLabel("Unread").uncheck();
  await expect(conversation(page, new RegExp(name))).not.toContainText("unread");
  await page.getByLabel("Assigned to me").check();
  await expect(page).toHaveURL(/\/inbox\?only=mine$/);
  await page.reload();
  await expect(page.getByLabel("Assigned to me")).toBeChecked();
  await expect(conversation(page, new RegExp(name))).toContainText("Assigned to you");
  // The header's Inbox link is every conversation again.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Inbox" }).click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByLabel("Assigned to me")).not.toBeChecked();

  await page.goto(threadUrl(customer));
  await page.getByRole("button", { name: "Mark as unread" }).click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(conversation(page, new RegExp(name))).toContainText("1 unread");

  // Another person sees who has it, and has their own unread count.
  const admin = await browser.newContext({ storageState: signedIn("admin") });
  const other = await admin.newPage();
  await other.goto(`${E2E.appUrl}/inbox`);
  await expect(conversation(other, new RegExp(name))).toContainText("Aga Agent has it");
  await expect(conversation(other, new RegExp(name))).toContainText("2 unread");
  await admin.close();
});

test("by keyboard at 390 px, Assign to me turns into Unassign under the focus, and leaving the thread lands on its row", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const customer = freshCustomer();
  const name = `Kai ${customer.slice(-4)}`;
  await customerWrites(request, customer, { text: "Hello", customerName: name }, [BUSINESS]);
  await page.goto(threadUrl(customer));
  await tabTo(page, page.getByRole("button", { name: "Assign to me" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Unassign" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Assign to me" })).toBeFocused();
  // Mark as unread goes back to the list, where the focus is on this conversation, now unread.
  await tabTo(page, page.getByRole("button", { name: "Mark as unread" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(conversation(page, new RegExp(name))).toContainText("1 unread");
  await expect(conversation(page, new RegExp(name))).toBeFocused();
  // So does "← Inbox".
  await page.keyboard.press("Enter");
  await expect(messages(page)).toContainText("Hello");
  await tabTo(page, page.getByRole("link", { name: "← Inbox" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(conversation(page, new RegExp(name))).toBeFocused();
});

test("j and k move between conversations and Enter opens one", async ({ page }) => {
  await page.goto("/inbox");
  const links = page.getByRole("list", { name: "Conversations" }).getByRole("link");
  await expect(links.nth(1)).toBeVisible();
  await page.locator("body").press("j");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("j");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("j");
  const href = await links.nth(1).getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${(href ?? "").replace(/[?+]/g, "\\$&")}$`));
  await composerHydrated(page);

  // The browser's Back returns to that row, and j goes on from it.
  await page.goBack();
  const row = page.getByRole("list", { name: "Conversations" }).locator(`a[href="${href}"]`);
  await expect(row).toBeFocused();
  const next = await links.nth(2).getAttribute("href");
  await page.keyboard.press("j");
  await expect(page.locator(":focus")).toHaveAttribute("href", next ?? "");
});

test("a template sent in a thread reads as its words there and in the list, not as its name", async ({
  page,
  request,
}) => {
  const customer = freshCustomer();
  await customerWrites(request, customer, { text: "Any news on my order?", customerName: "Tom Template" }, [BUSINESS]);
  await page.goto(threadUrl(customer));
  await composerHydrated(page);
  await page.getByLabel("Message type").selectOption("template");
  await pickTemplate(page, "order_update", "en");
  await page.getByLabel("Header text").fill("#77");
  await page.getByLabel("Body variable {{1}}").fill("Tom");
  await page.getByLabel("Body variable {{2}}").fill("#77");
  await page.getByLabel("Body variable {{3}}").fill("Tuesday");
  await page.getByLabel("Button 1 URL suffix").fill("77");
  // The preview's chat is with the customer as WhatsApp names them, as a session reply's is.
  await expect(page.getByRole("complementary", { name: "Preview" })).toContainText("Tom Template");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeVisible();

  const words = "Hi Tom, your order #77 has shipped and should arrive by Tuesday.";
  // Once the send's history row is in the thread (its Details link), the bubble is the row's, read from Connectly's
  // definition of the template.
  const sent = messages(page)
    .locator("div")
    .filter({ hasText: words })
    .filter({ has: page.getByText("Details") });
  await expect(sent.last()).toContainText("Order #77 update");
  await expect(messages(page)).not.toContainText("order_update (en)");
  await page.goto("/inbox");
  await expect(conversation(page, /Tom Template/)).toContainText(`You: Order #77 update ${words}`);
});

test("a closed window offers a template, addressed to the customer from their number", async ({ page }) => {
  await page.goto(threadUrl("+12015550101"));
  await expect(page.getByText("Window closed", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Message type")).toHaveValue("template");
  await expectRepliesTo(page, "+12015550101");
});

test("a session reply in a closed window asks first: Cancel sends nothing, a template stays in the thread, Send anyway sends once", async ({
  page,
  request,
}) => {
  await page.goto(threadUrl("+12015550101"));
  await page.getByLabel("Message type").selectOption("text");
  const text = `Are you still there? ${Date.now()}`;
  await page.getByLabel("Message text").fill(text);
  const sent = async () =>
    (await sandboxRequests(request)).filter((r) => r.path === SEND_PATH && JSON.stringify(r.body).includes(text));
  const question = page.getByRole("dialog", { name: "Send outside the 24-hour window?" });
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(question).toBeVisible();
  await question.getByRole("button", { name: "Cancel" }).click();
  await expect(question).toBeHidden();
  expect(await sent()).toHaveLength(0);
  // A template instead stays in the conversation, and coming back to the text finds it as it was.
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await question.getByRole("button", { name: "Send a template instead" }).click();
  await expect(page.getByLabel("Message type")).toHaveValue("template");
  await expect(page.getByLabel("Message type")).toBeFocused();
  await expect(page).toHaveURL(/\/inbox\//);
  await page.getByLabel("Message type").selectOption("text");
  await expect(page.getByLabel("Message text")).toHaveValue(text);
  // The same from the warning above the reply.
  await page.getByRole("button", { name: "Send a template instead" }).click();
  await expect(page.getByLabel("Message type")).toHaveValue("template");
  await expect(page.getByLabel("Message type")).toBeFocused();
  await page.getByLabel("Message type").selectOption("text");
  await expect(page.getByLabel("Message text")).toHaveValue(text);
  await page.getByLabel("Message text").press("Control+Enter");
  await expect(question).toBeVisible();
  await question.getByRole("button", { name: "Send anyway" }).click();
  await expect.poll(async () => (await sent()).length).toBe(1);
  // Connectly's refusal offers the template as well, and it too is written here, not on /compose/template.
  await page.getByRole("alert").getByRole("button", { name: "Send a template instead" }).click();
  await expect(page.getByLabel("Message type")).toHaveValue("template");
  await expect(page.getByLabel("Message type")).toBeFocused();
  await expect(page).toHaveURL(/\/inbox\//);
});

test("saved replies: kept on their page, listed by / in the message text, {{name}} filled", async ({ page }) => {
  const name = `thanks${Date.now().toString(36)}`;
  await page.goto("/settings/saved-replies");
  await page.getByRole("button", { name: "Add saved reply" }).click();
  await expect(page.getByText("Give the reply a name.")).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Reply text").fill("Hi {{name}}, thanks for writing!");
  await page.getByRole("button", { name: "Add saved reply" }).click();
  await expect(page.getByRole("list", { name: "Saved replies" })).toContainText(`/${name}`);

  await page.goto(threadUrl("+16044441111"));
  const text = page.getByLabel("Message text");
  await text.click();
  await page.keyboard.type(`/${name.slice(0, 7)}`);
  const option = page.getByRole("option", { name: new RegExp(name) });
  await expect(option).toBeVisible();
  // The focus stays in the text; a screen reader hears the picked reply through the field.
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(text).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id")) ?? "no id");
  await expect(text).toHaveAttribute("aria-controls", (await page.getByRole("listbox").getAttribute("id")) ?? "no id");
  await page.keyboard.press("Enter");
  await expect(text).toHaveValue("Hi Ada, thanks for writing!");
  await expect(text).not.toHaveAttribute("aria-activedescendant");

  // A "/" that lists nothing says so, and where saved replies are kept; leaving the field closes it.
  await page.keyboard.type(" /zzq");
  const nothing = page.getByText("No saved reply matches /zzq");
  await expect(nothing).toBeVisible();
  await expect(nothing.getByRole("link", { name: "Saved replies" })).toHaveAttribute("href", "/settings/saved-replies");
  await page.keyboard.press("Tab");
  await expect(nothing).toHaveCount(0);
});

test("the / list opens above the message text when the window has no room under it, and the reply picked stays in sight", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const prefix = `fit${Date.now().toString(36)}`;
  await page.goto("/settings/saved-replies");
  for (const n of ["a", "b", "c", "d"]) {
    await page.getByLabel("Name").fill(`${prefix}${n}`);
    await page.getByLabel("Reply text").fill(`Reply ${n}`);
    await page.getByRole("button", { name: "Add saved reply" }).click();
    await expect(page.getByRole("list", { name: "Saved replies" })).toContainText(`/${prefix}${n}`);
  }
  await page.goto(threadUrl("+16044441111"));
  const text = page.getByLabel("Message text");
  await text.click();
  // The field's bottom at the window's bottom, as when a person has just scrolled down to it.
  await text.evaluate((field) => field.scrollIntoView({ block: "end" }));
  await page.keyboard.type(`/${prefix}`);
  const list = page.getByRole("listbox", { name: "Saved replies" });
  await expect(list).toBeInViewport({ ratio: 1 });
  for (const n of ["b", "c", "d"]) {
    await page.keyboard.press("ArrowDown");
    const picked = list.getByRole("option", { selected: true });
    await expect(picked).toContainText(`/${prefix}${n}`);
    await expect(picked).toBeInViewport({ ratio: 1 });
  }
  await page.keyboard.press("Enter");
  await expect(text).toHaveValue("Reply d");
});

test("saved reply names differ by more than capitals: said at the Name field, in the browser and by the server", async ({
  page,
  browser,
  baseURL,
}) => {
  const name = `hours${Date.now().toString(36)}`;
  const nameField = page.getByLabel("Name");
  const taken = `Another saved reply is called /${name}; capitals and spaces do not count. Choose another name.`;
  // A second page opened before the reply exists knows nothing of it: only the server can refuse its copy.
  const stale = await browser.newPage({ baseURL, storageState: await page.context().storageState() });
  await stale.goto("/settings/saved-replies");
  await page.goto("/settings/saved-replies");
  await nameField.fill(name);
  await page.getByLabel("Reply text").fill("We open at 9.");
  await page.getByRole("button", { name: "Add saved reply" }).click();
  await expect(page.getByRole("list", { name: "Saved replies" })).toContainText(`/${name}`);

  await nameField.fill(` ${name.toUpperCase()} `);
  await page.getByLabel("Reply text").fill("Open 9 to 5.");
  const actions: string[] = [];
  page.on("request", (r) => r.method() === "POST" && actions.push(r.url()));
  await page.getByRole("button", { name: "Add saved reply" }).click();
  await expect(nameField).toBeFocused();
  await expect(nameField).toHaveAccessibleDescription(new RegExp(taken.replace(/[/.]/g, "\\$&")));
  expect(actions).toEqual([]);

  await stale.getByLabel("Name").fill(name.toUpperCase());
  await stale.getByLabel("Reply text").fill("Open 9 to 5.");
  await stale.getByRole("button", { name: "Add saved reply" }).click();
  await expect(stale.getByLabel("Name")).toHaveAccessibleDescription(new RegExp(taken.replace(/[/.]/g, "\\$&")));
  await expect(stale.getByRole("list", { name: "Saved replies" }).getByText(`/${name.toUpperCase()}`)).toHaveCount(0);
  await stale.close();

  // Editing a reply and keeping its name, or changing only its capitals, saves.
  await page.getByRole("button", { name: `Edit ${name}` }).click();
  const edit = page.getByRole("form", { name: `Edit ${name}` });
  await edit.getByLabel("Name").fill(name.replace("h", "H"));
  await edit.getByLabel("Reply text").fill("We open at 8.");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("list", { name: "Saved replies" })).toContainText(`/${name.replace("h", "H")}`);
  await expect(page.getByRole("list", { name: "Saved replies" })).toContainText("We open at 8.");
});

test("the Inbox and a thread fit a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/inbox", threadUrl("+16044441111"), "/settings/saved-replies"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(390);
  }
});

test("a photo sent in a thread is drawn as a photo with its caption, not as its URL", async ({ page, request }) => {
  const customer = freshCustomer();
  await customerWrites(request, customer, { text: "What colour is it?", customerName: "Cy Colour" }, [BUSINESS]);
  await page.goto(threadUrl(customer));
  await composerHydrated(page);
  await page.getByLabel("Message type").selectOption("image");
  const url = "https://cdn.example.com/sofa-green.jpg";
  await page.getByLabel("Media URL").fill(url);
  await page.getByLabel("Caption").fill("This *green* one");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeAttached();
  // The history row's bubble (with its Details link) draws the photo, as a customer's photo is drawn; its alt text
  // says the caption's words, without WhatsApp's markers.
  const sent = messages(page)
    .locator("div")
    .filter({ has: page.getByText("Details") })
    .last();
  await expect(sent.getByRole("img", { name: "Photo: This green one" })).toHaveAttribute("src", url);
  await expect(sent.getByRole("link", { name: "Open image" })).toHaveAttribute("href", url);
  await expect(messages(page)).not.toContainText(url);
});

test("a reply sent on a 390 px phone brings the conversation into view, the reply at its end", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const customer = freshCustomer();
  await customerWrites(request, customer, { text: "Is anyone there?", customerName: "Pia Phone" }, [BUSINESS]);
  await page.goto(threadUrl(customer));
  await composerHydrated(page);
  const reply = "Yes, I am here. How can I help?";
  await page.getByLabel("Message text").fill(reply);
  await page.getByRole("button", { name: "Send" }).click();
  // The outcome below Send is still said (a live region); the screen shows the reply in the conversation, and the
  // focus goes to the reply box, for the next line.
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeAttached();
  await expect(page.getByLabel("Message text")).toBeFocused();
  await expect(page.getByLabel("Message text")).toBeInViewport({ ratio: 1 });
  await expect(messages(page).getByText(reply)).toBeInViewport({ ratio: 1 });
  await expect(messages(page).getByText("Is anyone there?")).toBeInViewport();
});

test("a customer's reply right after a send is listed below it, also within the same second", async ({
  page,
  request,
}) => {
  const customer = freshCustomer();
  await customerWrites(request, customer, { text: "Can I change the address?" }, [BUSINESS]);
  await page.goto(threadUrl(customer));
  await composerHydrated(page);
  await page.getByLabel("Message text").fill("Yes: which one?");
  await page.getByLabel("Message text").press("Control+Enter");
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeVisible();
  // Connectly stamps the customer's message in whole seconds; this one comes in the same second as the send, often.
  await customerWrites(request, customer, { text: "12 Elm Street" }, [BUSINESS]);
  await expect(messages(page)).toContainText("12 Elm Street");
  const said = (await messages(page).textContent()) ?? "";
  expect(said.indexOf("Can I change the address?")).toBeLessThan(said.indexOf("Yes: which one?"));
  expect(said.indexOf("Yes: which one?")).toBeLessThan(said.indexOf("12 Elm Street"));
  await page.goto("/inbox");
  await expect(conversation(page, new RegExp(customer.replace("+", "\\+")))).toContainText("12 Elm Street");
});

test.describe("with no configuration (sandbox mode)", () => {
  test.use({ baseURL: E2E.sandboxAppUrl });

  test("the demo customers arrive on first run, and Simulate customer reply writes into the thread", async ({
    page,
  }) => {
    await page.goto("/inbox");
    await expect(conversation(page, /Ada Lovelace/)).toBeVisible({ timeout: 20_000 });
    await conversation(page, /Ben Okafor/).click();
    await expect(messages(page).locator("blockquote")).toContainText("Your parcel arrives tomorrow");
    // One button, under the messages: the reply composer leaves out its own.
    await expect(page.getByRole("button", { name: "Simulate customer reply" })).toHaveCount(1);
    // By keyboard: the button keeps the focus while it runs and after, for another reply.
    const simulate = page.getByRole("button", { name: "Simulate customer reply" });
    await simulate.focus();
    await page.keyboard.press("Enter");
    await expect(messages(page)).toContainText("a reply simulated by the sandbox");
    await expect(simulate).toBeFocused();
  });

  test("in a thread without a business number, Simulate customer reply writes into that thread, not another", async ({
    page,
    request,
  }) => {
    const customer = freshCustomer();
    await writesToNoNumber(request, customer, "Which of your numbers is this?", SANDBOX_APP);
    await page.goto(threadUrl(customer, ""));
    await expect(messages(page)).toContainText("Which of your numbers is this?");
    await page.getByRole("button", { name: "Simulate customer reply" }).click();
    await expect(messages(page)).toContainText("a reply simulated by the sandbox");
    await expect(page.getByText("business number not reported")).toBeVisible();
    // The customer has this one conversation still: the reply did not start one with the sandbox's number.
    await page.goto("/inbox");
    await expect(conversation(page, new RegExp(customer.replace("+", "\\+")))).toHaveCount(1);
    await expect(conversation(page, new RegExp(customer.replace("+", "\\+")))).toContainText(
      "a reply simulated by the sandbox",
    );
  });
});
