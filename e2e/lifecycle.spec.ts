import { expect, test } from "@playwright/test";
import { capturePreview, fillEnvelope, fillTemplateValues, openComposer, pickTemplate, send } from "./support/compose";
import { E2E } from "./support/e2e-config";

test("sends a template from the UI and watches its status reach Read in history", async ({ page }, testInfo) => {
  await openComposer(page, "template");
  await page.getByLabel("Recipient", { exact: true }).fill("+16044441111");
  await pickTemplate(page, "order_update", "en_US");
  await fillTemplateValues(page, "value");
  await expect(page.getByRole("figure", { name: "Message preview" })).toContainText("value 1");
  await page.getByRole("complementary", { name: "Preview" }).screenshot({ path: testInfo.outputPath("template.png") });

  const id = await send(page);
  await page.goto("/history");
  const row = page.getByRole("row").filter({ hasText: id });
  await expect(row).toContainText("Template");
  // The words the customer got, as the template read when it was sent, not its name.
  await expect(row).toContainText("Hi value 1, your order value 2 is on its way");
  // The standalone sandbox plays sent → delivered → read back to the app's signed webhook within seconds, and the
  // page polls while the status is still moving.
  await expect(row).toContainText("Read", { timeout: 20_000 });
  await row.getByRole("link").first().click();
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline).toContainText("WhatsApp reported delivered");
  await expect(timeline).toContainText("WhatsApp reported read");
  // Connectly's answer keeps its own time once the reports have moved the status on.
  await expect(timeline.getByRole("listitem").filter({ hasText: "Accepted by Connectly" }).locator("time")).toHaveCount(
    1,
  );
});

test("shows the pending and rejected templates greyed and unselectable", async ({ page }) => {
  await page.goto("/compose/template");
  await page.getByRole("combobox", { name: "Template", exact: true }).click();
  await expect(page.getByRole("option", { name: /holiday_hours/ })).toHaveAttribute("aria-disabled", "true");
  await expect(page.getByRole("option", { name: /flash_deal/ })).toContainText(/Rejected/);
});

test("a closed window leads to the template composer with the recipient filled in", async ({ page }) => {
  await openComposer(page, "text");
  await fillEnvelope(page, "+12015550101", E2E.senders[1]);
  await page.getByLabel("Message text").fill("Are you still interested?");
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Send anyway" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW" });
  const link = alert.getByRole("link", { name: "Send a template instead" });
  await expect(link).toHaveAttribute("href", /^\/compose\/template\?.*recipient=%2B12015550101/);
  await link.click();
  // The form takes the address from the link, then drops it from the URL so a reload keeps later edits.
  await expect(page).toHaveURL(/\/compose\/template$/);
  await expect(page.getByLabel("Recipient", { exact: true })).toHaveValue("+12015550101");
  await expect(page.getByLabel("Sender")).toHaveValue(E2E.senders[1]);
});

test("records a failed delivery with its reason", async ({ page }) => {
  await openComposer(page, "text");
  await fillEnvelope(page, "+12015550144");
  await page.getByLabel("Message text").fill("This one will not arrive");
  const id = await send(page);
  await page.goto(`/history?recipient=${encodeURIComponent("+12015550144")}`);
  const row = page.getByRole("row").filter({ hasText: id });
  await expect(row).toContainText("Delivery failed", { timeout: 20_000 });
  await page.getByLabel("Status").selectOption("delivery_failed");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("row").filter({ hasText: id })).toBeVisible();
  await page.getByLabel("Status").selectOption("read");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("row").filter({ hasText: id })).toHaveCount(0);
});

test("the composer shows the window opening when the customer writes", async ({ page, request }) => {
  // A number no other spec writes from: its window is still unknown.
  const customer = "+16045550166";
  await openComposer(page, "text");
  await page.getByLabel("Recipient", { exact: true }).fill(customer);
  await expect(
    page.getByText("No message from this customer yet: only a template can start the conversation", { exact: true }),
  ).toBeVisible();
  const inbound = await request.post(`${E2E.sandboxUrl}/__sandbox/inbound`, {
    data: { customer, text: "Hi, where is my order?" },
  });
  expect(inbound.ok()).toBe(true);
  await page.reload();
  await expect(page.getByText(/Window open, (23 h 59 min|24 h) left/)).toBeVisible();
});

test.describe("with no configuration (sandbox mode)", () => {
  test.use({ baseURL: E2E.sandboxAppUrl });

  test("says so on every page, plays deliveries back, and simulates a customer reply", async ({ page }, testInfo) => {
    await page.goto("/history");
    await expect(page.getByRole("complementary", { name: "Sandbox mode" })).toBeVisible();
    await openComposer(page, "text");
    await expect(page.getByRole("complementary", { name: "Sandbox mode" })).toBeVisible();
    // Not a demo customer (those wrote at start-up): the window opens only with the simulated reply.
    await page.getByLabel("Recipient", { exact: true }).fill("+16045550177");
    await expect(
      page.getByText("No message from this customer yet: only a template can start the conversation", { exact: true }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Simulate customer reply" }).click();
    await expect(page.getByText(/Window open/)).toBeVisible();

    await page.getByLabel("Message text").fill("Thanks for writing! *Here* is your answer.");
    await capturePreview(page, testInfo, "text");
    const id = await send(page);
    await page.goto("/history");
    await expect(page.getByRole("row").filter({ hasText: id })).toContainText("Read", { timeout: 20_000 });
  });

  test("a demo customer picked from the Recipient's suggestions brings their name, and history finds them by it", async ({
    page,
  }) => {
    await openComposer(page, "text");
    const recipient = page.getByLabel("Recipient", { exact: true });
    await expect(page.locator("datalist#recipient-suggestions option[value='+16045550122']")).toHaveAttribute(
      "label",
      /Ben Okafor/,
    );
    // What choosing an option of the list does to the field: its whole value at once.
    await recipient.fill("+16045550122");
    await expect(page.getByLabel("Recipient name")).toHaveValue("Ben Okafor");
    await page.getByLabel("Message text").fill(`Found by name ${Date.now()}`);
    const id = await send(page);
    await page.goto("/history?q=Ben+Okafor");
    await expect(page.getByRole("row").filter({ hasText: id })).toContainText("Ben Okafor");

    // Another customer's number takes their name, or none, in place of the one the suggestion brought.
    await openComposer(page, "text");
    await recipient.fill("+16045550122");
    await expect(page.getByLabel("Recipient name")).toHaveValue("Ben Okafor");
    await recipient.fill("+1 (604) 555-0123");
    await recipient.blur();
    await expect(page.getByLabel("Recipient name")).toHaveValue("Chloe Martin");
    await recipient.fill("+16045559999");
    await expect(page.getByLabel("Recipient name")).toHaveValue("");

    // A typed name gives way to a known customer's, and comes back once the number is one with no known name.
    await page.getByLabel("Recipient name").fill("Benjamin");
    await recipient.fill("+16045550122");
    await expect(page.getByLabel("Recipient name")).toHaveValue("Ben Okafor");
    await recipient.fill("+16045559999");
    await expect(page.getByLabel("Recipient name")).toHaveValue("Benjamin");
  });

  test.describe("on a touch phone", () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test("the banner keeps to one line, and Send offers no Ctrl key", async ({ page }) => {
      await openComposer(page, "text");
      const banner = page.getByRole("complementary", { name: "Sandbox mode" });
      await expect(banner.getByText("Messages never reach WhatsApp.", { exact: true })).toBeVisible();
      // How to leave the sandbox is the desk's version of the banner, hidden here.
      await expect(banner.getByText("CONNECTLY_API_KEY")).toBeHidden();
      expect((await banner.boundingBox())?.height).toBeLessThan(40);
      await expect(page.getByRole("button", { name: "Send" })).toBeVisible();
      await expect(page.getByText("or press")).toBeHidden();
    });
  });
});
