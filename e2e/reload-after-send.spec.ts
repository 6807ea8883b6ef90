import { type APIRequestContext, expect, type Page, type Request, test } from "@playwright/test";
import { fillEnvelope, openComposer, SEND_PATH } from "./support/compose";
import { E2E } from "./support/e2e-config";
import { clearSandbox, customerWrites, sandboxRequests } from "./support/sandbox";

const [BUSINESS] = E2E.senders;
const UNKNOWN_WORDS =
  "Connectly may have sent this. Wait for a delivery report, or check with the customer, before sending again.";

let next = 0;
const freshCustomer = () => `+1604555${String(1000 + Math.floor(Math.random() * 8000) + next++).padStart(4, "0")}`;

/** A server action that sends: its arguments carry the form's values (asking about a send, or a thread, do not). */
const isSend = (request: Request) => request.method() === "POST" && (request.postData() ?? "").includes('"values"');
const isOtherAction = (request: Request) =>
  request.method() === "POST" && request.headers()["next-action"] !== undefined && !isSend(request);

/**
 * Lets the page's first send reach the server and Connectly, but holds its answer back, so a reload certainly lands
 * before the page hears it. `reached` settles once the server has answered (the send is over on its side).
 */
async function holdFirstAnswer(page: Page, { askingToo = true } = {}) {
  let first = true;
  let reached!: () => void;
  const answered = new Promise<void>((resolve) => {
    reached = resolve;
  });
  await page.route(
    (url) => url.pathname.startsWith("/compose/") || url.pathname.startsWith("/inbox/"),
    async (route) => {
      const request = route.request();
      if (!askingToo && isOtherAction(request)) return route.abort();
      if (!isSend(request) || !first) return route.fallback();
      first = false;
      await route.fetch().catch(() => undefined);
      reached();
      // Never answered: the page that asked is gone by then.
    },
  );
  // Wrapped: an async function returning the promise itself would wait for it.
  return { answered };
}

/** Lets the page's first send reach the server and Connectly, and its answer reach the page once `release` is called. */
async function delayFirstAnswer(page: Page) {
  let first = true;
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let reached!: () => void;
  const answered = new Promise<void>((resolve) => {
    reached = resolve;
  });
  await page.route(
    (url) => url.pathname.startsWith("/compose/"),
    async (route) => {
      if (!isSend(route.request()) || !first) return route.fallback();
      first = false;
      const response = await route.fetch();
      reached();
      await released;
      await route.fulfill({ response });
    },
  );
  return { answered, release };
}

async function sendsTo(page: Page, recipient: string): Promise<number> {
  const received = await sandboxRequests(page.request);
  return received.filter((r) => r.path === SEND_PATH && JSON.stringify(r.body).includes(recipient)).length;
}

/** Connectly got the message once, and History holds one row of it. Leaves the page on History. */
async function expectSentOnce(page: Page, recipient: string) {
  expect(await sendsTo(page, recipient)).toBe(1);
  await page.goto(`/history?recipient=${encodeURIComponent(recipient)}`);
  await expect(page.getByRole("row").filter({ hasText: recipient })).toHaveCount(1);
}

const sendKeyShown = async (page: Page) =>
  /"sendKey": "([0-9A-Z]{26})"/.exec(
    (await page.getByRole("region", { name: "Request JSON" }).textContent()) ?? "",
  )?.[1];

test.beforeEach(async ({ request }) => {
  await clearSandbox(request);
});

test("a reload between Send and its answer says the message was sent, links it, and leaves nothing to send twice", async ({
  page,
  request,
}) => {
  const recipient = freshCustomer();
  await customerWrites(request, recipient);
  await openComposer(page, "text");
  await fillEnvelope(page, recipient);
  await page.getByLabel("Message text").fill(`Sent once through a reload ${recipient}`);
  const { answered } = await holdFirstAnswer(page);
  await page.getByLabel("Message text").press("Control+Enter");
  await answered;
  await page.reload();

  const status = page.getByRole("status").filter({ hasText: "Already sent" });
  await expect(status).toContainText("Already sent to Connectly: nothing was sent again.");
  await expect(status.getByRole("link", { name: "View it in history" })).toHaveAttribute(
    "href",
    /^\/history\/[0-9A-Z]{26}$/,
  );
  // The draft that was sent is cleared as after any send, its recipient kept for the next message.
  await expect(page.getByLabel("Message text")).toHaveValue("");
  await expect(page.getByLabel("Recipient", { exact: true })).toHaveValue(recipient);
  await expect(page.getByText("Draft restored.")).toHaveCount(0);

  // A second reload right after still says what became of it.
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Already sent" })).toBeVisible();
  await expectSentOnce(page, recipient);
});

test("a draft restored after a reload before its answer keeps its send key: Send is answered from history", async ({
  page,
  request,
}) => {
  const recipient = freshCustomer();
  await customerWrites(request, recipient);
  await openComposer(page, "text");
  await fillEnvelope(page, recipient);
  const text = `Restored with its key ${recipient}`;
  await page.getByLabel("Message text").fill(text);
  await expect(page.getByRole("region", { name: "Request JSON" })).toContainText('"sendKey"');
  const key = await sendKeyShown(page);
  // The composer cannot ask the server after the reload here, so only the draft's key stands between the person
  // and a second copy.
  const { answered } = await holdFirstAnswer(page, { askingToo: false });
  await page.getByLabel("Message text").press("Control+Enter");
  await answered;
  await page.reload();

  await expect(page.getByText("Draft restored.")).toBeVisible();
  await expect(page.getByLabel("Message text")).toHaveValue(text);
  await expect.poll(() => sendKeyShown(page)).toBe(key);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Already sent" })).toContainText(
    "Already sent to Connectly: nothing was sent again.",
  );
  await expect(page.getByLabel("Message text")).toHaveValue("");
  await expectSentOnce(page, recipient);
});

/** Sends a message to a customer of its own and returns its history page, whose Edit as new opens a copy of it. */
async function sentElsewhere(page: Page, request: APIRequestContext): Promise<string> {
  const other = freshCustomer();
  await customerWrites(request, other);
  await fillEnvelope(page, other);
  await page.getByLabel("Message text").fill(`Sent elsewhere ${other}`);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const entry = page.getByRole("status").getByRole("link", { name: "View it in history" });
  return (await entry.getAttribute("href"))!;
}

test("a draft submitted, then set aside for a copy and restored, keeps its send key: Send is answered from history", async ({
  page,
  request,
}) => {
  const recipient = freshCustomer();
  await customerWrites(request, recipient);
  await openComposer(page, "text");
  const copyOf = await sentElsewhere(page, request);
  await fillEnvelope(page, recipient);
  const text = `Set aside with its key ${recipient}`;
  await page.getByLabel("Message text").fill(text);
  await expect(page.getByRole("region", { name: "Request JSON" })).toContainText(text);
  const key = await sendKeyShown(page);
  // The composer cannot ask the server what became of the send, here or after the copy opens: only the key the draft
  // set aside carries stands between the person and a second copy.
  const { answered } = await holdFirstAnswer(page, { askingToo: false });
  await page.getByLabel("Message text").press("Control+Enter");
  await answered;
  await page.reload();
  await expect(page.getByLabel("Message text")).toHaveValue(text);

  await page.goto(copyOf);
  await page.getByRole("link", { name: "Edit as new" }).click();
  await expect(page.getByText("You had a draft here:")).toBeVisible();
  const copyKey = await sendKeyShown(page);
  expect(copyKey).not.toBe(key);
  await page.getByRole("button", { name: "Restore it" }).click();
  await expect(page.getByLabel("Message text")).toHaveValue(text);
  await expect.poll(() => sendKeyShown(page)).toBe(key);
  // Undo gives the copy back its own key, and sets the draft aside again with the one it was sent with.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByLabel("Message text")).toHaveValue(/^Sent elsewhere/);
  await expect.poll(() => sendKeyShown(page)).toBe(copyKey);
  await page.reload();
  await page.getByRole("button", { name: "Restore it" }).click();
  await expect.poll(() => sendKeyShown(page)).toBe(key);
  // Clear draft's Undo puts that key back too.
  await page.getByRole("button", { name: "Clear draft" }).click();
  await expect.poll(() => sendKeyShown(page)).not.toBe(key);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByLabel("Message text")).toHaveValue(text);
  await expect.poll(() => sendKeyShown(page)).toBe(key);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Already sent" })).toContainText(
    "Already sent to Connectly: nothing was sent again.",
  );
  await expectSentOnce(page, recipient);
});

test("a draft set aside for a copy before its send's answer is restored saying the message was sent", async ({
  page,
  request,
}) => {
  const recipient = freshCustomer();
  await customerWrites(request, recipient);
  await openComposer(page, "text");
  const copyOf = await sentElsewhere(page, request);
  await fillEnvelope(page, recipient);
  const text = `Asked about once restored ${recipient}`;
  await page.getByLabel("Message text").fill(text);
  const { answered } = await holdFirstAnswer(page);
  await page.getByLabel("Message text").press("Control+Enter");
  await answered;
  // The copy opens in place of the page waiting for the answer, as a link that seeds the composer would.
  await page.goto(`/compose/text?from=${copyOf.split("/").pop()}`);
  await expect(page.getByLabel("Message text")).toHaveValue(/^Sent elsewhere/);
  await expect(page.getByText("You had a draft here:")).toBeVisible();
  // The copy is another message: it is not told it was sent.
  await expect(page.getByRole("status").filter({ hasText: "Already sent" })).toHaveCount(0);

  await page.getByRole("button", { name: "Restore it" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Already sent" })).toContainText(
    "Already sent to Connectly: nothing was sent again.",
  );
  await expect(page.getByLabel("Message text")).toHaveValue("");
  await expect(page.getByLabel("Recipient", { exact: true })).toHaveValue(recipient);
  await expectSentOnce(page, recipient);
});

test("another tab's answer does not take the key of a draft sent here: a reload before its own answer says it was sent", async ({
  page,
  context,
  request,
}) => {
  const recipient = freshCustomer();
  await customerWrites(request, recipient);
  // Opted out: Connectly refuses the other tab's send, which ends it there without emptying its form.
  const optedOut = "+12015550107";
  await openComposer(page, "text");
  const other = await context.newPage();
  await other.goto("/compose/text");
  await fillEnvelope(other, optedOut);
  await other.getByLabel("Message text").fill("Refused in the other tab");
  await other.waitForTimeout(400);
  await fillEnvelope(page, recipient);
  const text = `Sent from this tab ${recipient}`;
  await page.getByLabel("Message text").fill(text);
  await page.waitForTimeout(400);

  // The other tab submits first, and hears its answer only once this tab has submitted too.
  const { release } = await delayFirstAnswer(other);
  await other.getByLabel("Message text").press("Control+Enter");
  const { answered } = await holdFirstAnswer(page);
  await page.getByLabel("Message text").press("Control+Enter");
  await answered;
  release();
  await expect(other.getByRole("alert").filter({ hasText: "opted out" })).toBeVisible();
  await other.close();

  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Already sent" })).toContainText(
    "Already sent to Connectly: nothing was sent again.",
  );
  await expect(page.getByLabel("Message text")).toHaveValue("");
  await expectSentOnce(page, recipient);
});

test("a draft restored while a copy is being sent stays in the form when the copy's answer comes", async ({
  page,
  request,
}) => {
  const recipient = freshCustomer();
  await customerWrites(request, recipient);
  await openComposer(page, "text");
  const copyOf = await sentElsewhere(page, request);
  await fillEnvelope(page, recipient);
  const text = `Restored during a send ${recipient}`;
  await page.getByLabel("Message text").fill(text);
  await page.waitForTimeout(400);
  await page.goto(copyOf);
  await page.getByRole("link", { name: "Edit as new" }).click();
  await expect(page.getByText("You had a draft here:")).toBeVisible();

  const { answered, release } = await delayFirstAnswer(page);
  await page.getByLabel("Message text").press("Control+Enter");
  await answered;
  await page.getByRole("button", { name: "Restore it" }).click();
  await expect(page.getByLabel("Message text")).toHaveValue(text);
  release();
  await expect(page.getByRole("status").filter({ hasText: "Sent to Connectly" })).toBeVisible();
  // The answer is the copy's: the message now in the form is still to be sent.
  await expect(page.getByLabel("Message text")).toHaveValue(text);
  await page.reload();
  await expect(page.getByLabel("Message text")).toHaveValue(text);
  expect(await sendsTo(page, recipient)).toBe(0);
});

test("a reply reloaded before its answer is in the thread once and out of the reply box", async ({ page, request }) => {
  const customer = freshCustomer();
  await customerWrites(request, customer, { text: "Is it on its way?" }, [BUSINESS]);
  await page.goto(`/inbox/${encodeURIComponent(customer)}?business=${encodeURIComponent(BUSINESS)}`);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  const text = `It left this morning ${customer}`;
  await page.getByLabel("Message text").fill(text);
  const { answered } = await holdFirstAnswer(page);
  await page.getByLabel("Message text").press("Control+Enter");
  await answered;
  await page.reload();

  await expect(page.getByRole("status").filter({ hasText: "Already sent" })).toBeVisible();
  await expect(page.getByLabel("Message text")).toHaveValue("");
  await expect(page.getByRole("log", { name: "Messages" }).getByText(text)).toHaveCount(1);
  expect(await sendsTo(page, customer)).toBe(1);
});

test("a reload while Connectly has not answered says it may have gone (Unknown), and Send does not send it again", async ({
  page,
}) => {
  const neverAnswers = "+12015550108";
  await openComposer(page, "text");
  await fillEnvelope(page, neverAnswers);
  await page.getByLabel("Message text").fill("Still on its way?");
  const sending = page.waitForRequest(isSend);
  await page.getByLabel("Message text").press("Control+Enter");
  await sending;
  await expect.poll(() => sendsTo(page, neverAnswers)).toBe(1);
  await page.reload();

  // "Still being sent" until the client's deadline passes (3 s here, so it may be over by the time the page is up),
  // then the send's own Unknown, which the composer keeps asking for.
  await expect(page.getByRole("alert").filter({ hasText: UNKNOWN_WORDS })).toContainText(
    "Unknown: Connectly did not answer in time",
    { timeout: 20_000 },
  );
  await expect(page.getByRole("alert").getByRole("link", { name: "recorded in history" })).toBeVisible();
  // An Unknown keeps the draft and its key: Send gets the same Unknown, never a second copy.
  await expect(page.getByLabel("Message text")).toHaveValue("Still on its way?");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: UNKNOWN_WORDS })).toBeVisible({ timeout: 20_000 });
  expect(await sendsTo(page, neverAnswers)).toBe(1);
});
