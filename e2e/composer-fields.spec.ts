import { expect, type Locator, type Page, test } from "@playwright/test";
import { openComposer, SEND_PATH } from "./support/compose";
import { E2E } from "./support/e2e-config";
import { clearSandbox, sandboxRequests } from "./support/sandbox";

// The composer's fields as a new user meets them: a number typed key by key, and what each field says back.

test.beforeEach(async ({ request }) => {
  await clearSandbox(request);
});

async function sentBodies(page: Page) {
  return (await sandboxRequests(page.request)).filter((r) => r.path === SEND_PATH).map((r) => r.body);
}

async function paste(page: Page, field: Locator, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await field.fill("");
  await field.focus();
  await page.keyboard.press("ControlOrMeta+V");
}

test("a number typed slowly is not called too short while it is typed, and Send says so", async ({ page }) => {
  await openComposer(page, "text");
  const recipient = page.getByLabel("Recipient", { exact: true });
  // Slower than the live check's pause between every key: each key is a chance for an error to appear.
  await recipient.pressSequentially("+1604", { delay: 150 });
  await page.waitForTimeout(300);
  await expect(recipient).toHaveAttribute("aria-invalid", "false");
  await expect(page.getByText(/^Too short/)).toHaveCount(0);

  await page.getByLabel("Message text").fill("Hello");
  await page.getByLabel("Sender").selectOption(E2E.senders[0]);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(recipient).toHaveAttribute("aria-invalid", "true");
  await expect(recipient).toBeFocused();
  const error = page.getByText("Too short for a phone number with this country code: add the rest of the digits.");
  await expect(error).toBeVisible();
  const describedBy = (await recipient.getAttribute("aria-describedby")) ?? "";
  expect(describedBy.split(" ")).toContain(await error.getAttribute("id"));

  // Once on screen, the error follows the typing and goes the moment the number is whole.
  await recipient.pressSequentially("555012");
  await expect(error).toBeVisible();
  await recipient.pressSequentially("3");
  await expect(recipient).toHaveAttribute("aria-invalid", "false");
  expect(await sentBodies(page)).toHaveLength(0);
});

test("a plainly wrong number is still named as the keys pause, and a pasted one still becomes E.164", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openComposer(page, "text");
  const recipient = page.getByLabel("Recipient", { exact: true });
  await recipient.pressSequentially("+999");
  await expect(page.getByText("No country has this code: check the digits after the +.")).toBeVisible();
  await expect(recipient).toHaveAttribute("aria-invalid", "true");

  await paste(page, recipient, "+1 (604) 555-0123");
  await expect(recipient).toHaveValue("+16045550123");
  await expect(recipient).toHaveAttribute("aria-invalid", "false");
  await expect(page.getByText("Sent as +16045550123.")).toBeVisible();
});

test("a number that more digits could still make valid waits for Send; a start no number has is named as the keys pause", async ({
  page,
}) => {
  await openComposer(page, "text");
  await page.getByLabel("Message text").fill("Hello");
  await page.getByLabel("Sender").selectOption(E2E.senders[0]);
  const recipient = page.getByLabel("Recipient", { exact: true });
  // A London number part-way: seven digits after +44 is a length some UK numbers have, but not this one's.
  await recipient.pressSequentially("+44 20 7946 ", { delay: 150 });
  await page.waitForTimeout(300);
  await expect(recipient).toHaveAttribute("aria-invalid", "false");
  // Send right after the last key says what is wrong, at the field.
  await recipient.press("0");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(
    page.getByText("Not a valid phone number for this country code yet: check the digits, or add the rest."),
  ).toBeVisible();
  await expect(recipient).toBeFocused();
  await recipient.pressSequentially("958");
  await expect(recipient).toHaveAttribute("aria-invalid", "false");

  // No +1 area code starts with 1: said while typing, not kept for Send as "too short".
  await recipient.fill("");
  await recipient.pressSequentially("+1123");
  await expect(
    page.getByText("No +1 number starts like this: its area code starts with 2-9 (+1 604 444 1111)."),
  ).toBeVisible();
  await expect(recipient).toHaveAttribute("aria-invalid", "true");
  expect(await sentBodies(page)).toHaveLength(0);
});

test("a coordinate pair pasted into either field fills Latitude and Longitude, and one number pastes as usual", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openComposer(page, "location");
  const latitude = page.getByLabel("Latitude");
  const longitude = page.getByLabel("Longitude");
  for (const [field, pasted] of <[Locator, string][]>[
    [latitude, "49.28, -123.12"],
    [latitude, "49.28 -123.12"],
    [longitude, "49.28, -123.12"],
  ]) {
    await longitude.fill("");
    await paste(page, field, pasted);
    await expect(latitude).toHaveValue("49.28");
    await expect(longitude).toHaveValue("-123.12");
  }
  await paste(page, latitude, "49.2827,-123.1207");
  await expect(latitude).toHaveValue("49.2827");
  await expect(longitude).toHaveValue("-123.1207");
  await expect(page.getByRole("link", { name: "OpenStreetMap" })).toBeVisible();

  await paste(page, longitude, "-123.5");
  await expect(longitude).toHaveValue("-123.5");
  await expect(latitude).toHaveValue("49.2827");
});

test.describe("in sandbox mode, whose demo customers' names are known, at 390 px", () => {
  test.use({ baseURL: E2E.sandboxAppUrl, viewport: { width: 390, height: 844 } });

  test("a known customer's number puts their name over a typed one and says so on a line that keeps its place", async ({
    page,
  }) => {
    await openComposer(page, "text");
    const recipient = page.getByLabel("Recipient", { exact: true });
    const name = page.getByLabel("Recipient name");
    // The window's status below changes with the number; what the name brings must not move anything itself.
    const hint = page.locator("#recipient-name-hint");
    await recipient.fill("+16045550199");
    await name.fill("Benny");
    const before = await hint.boundingBox();

    await recipient.fill("+16045550123");
    await expect(name).toHaveValue("Chloe Martin");
    const said = page.getByRole("status").filter({ hasText: "Chloe Martin: the name this customer uses." });
    await expect(said).toBeVisible();
    expect((await name.getAttribute("aria-describedby"))?.split(" ")).toContain("recipient-name-hint");
    await expect(page.getByLabel("Request JSON")).toContainText('"name": "Chloe Martin"');
    expect(await hint.boundingBox()).toEqual(before);

    // A typo fixed back to a number with no known name gives back the name typed.
    await recipient.fill("+16045550199");
    await expect(name).toHaveValue("Benny");
    await expect(said).toHaveCount(0);
    expect(await hint.boundingBox()).toEqual(before);

    // Typed over the customer's name, it stays the person's.
    await recipient.fill("+16045550123");
    await name.fill("Chloe");
    await recipient.fill("+16045550124");
    await expect(name).toHaveValue("Chloe");
  });

  test("the name typed before a known customer's comes back after a reload and a switch of type", async ({ page }) => {
    await openComposer(page, "text");
    const recipient = page.getByLabel("Recipient", { exact: true });
    const name = page.getByLabel("Recipient name");
    await recipient.fill("+16045550199");
    await name.fill("Benny");
    await recipient.fill("+16045550123");
    await expect(name).toHaveValue("Chloe Martin");
    // The draft is saved as the keys pause.
    await page.waitForTimeout(400);
    await page.reload();
    await expect(name).toHaveValue("Chloe Martin");
    await recipient.fill("+16045550199");
    await expect(name).toHaveValue("Benny");

    await recipient.fill("+16045550122");
    await expect(name).toHaveValue("Ben Okafor");
    await page.waitForTimeout(400);
    await page.getByRole("navigation", { name: "Message type" }).getByRole("link", { name: "Image" }).click();
    await expect(page).toHaveURL(/\/compose\/image$/);
    await expect(name).toHaveValue("Ben Okafor");
    await recipient.fill("+16045550199");
    await expect(name).toHaveValue("Benny");
  });

  test("a very long customer name is shown whole, wrapping on the hint's line, which keeps its place", async ({
    page,
  }) => {
    const long = "Chloe Martin-Featherstonehaugh de la Vega y Montenegro Ferreira";
    // The demo customers' names are short: the page is served with a long one in place of Chloe's.
    await page.route("**/compose/text", async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replaceAll("Chloe Martin", long) });
    });
    await openComposer(page, "text");
    const recipient = page.getByLabel("Recipient", { exact: true });
    const hint = page.locator("#recipient-name-hint");
    await recipient.fill("+16045550199");
    // The window's status below changes with the number (and moves Send); the name's own line must not.
    const before = await hint.boundingBox();

    await recipient.fill("+16045550123");
    await expect(page.getByLabel("Recipient name")).toHaveValue(long);
    await expect(hint.getByRole("status")).toHaveText(`${long}: the name this customer uses.`);
    // Whole: nothing of it is cut off, neither at the side nor below.
    const fits = await hint.locator("> span").evaluate((line) => ({
      wide: line.scrollWidth <= line.clientWidth,
      tall: line.scrollHeight <= line.clientHeight,
    }));
    expect(fits).toEqual({ wide: true, tall: true });
    expect(await hint.boundingBox()).toEqual(before);
  });
});
