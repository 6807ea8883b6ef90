import { expect, type Page, test } from "@playwright/test";
import { composerHydrated, fillEnvelope, fillTemplateValues, openComposer, pickTemplate } from "./support/compose";
import { E2E } from "./support/e2e-config";
import { customerWrites } from "./support/sandbox";

const [BUSINESS] = E2E.senders;
const restoredSaid = (page: Page) => page.getByText("Draft restored.", { exact: true });
/** Long enough for what code sets as the form settles (a template's variable slots, a thread's address) to be set. */
const settled = (page: Page) => page.waitForTimeout(1000);

test("the template composer says its draft was restored until the person types, not as its values settle", async ({
  page,
}) => {
  await openComposer(page, "template");
  await fillEnvelope(page);
  await pickTemplate(page, "order_update", "en_US");
  const variables = await fillTemplateValues(page, "Ana");
  await page.waitForTimeout(400);
  await page.reload();
  await expect(variables.first()).toHaveValue("Ana 1");
  await expect(restoredSaid(page)).toBeVisible();
  await settled(page);
  await expect(restoredSaid(page)).toBeVisible();
  await variables.first().pressSequentially("!");
  await expect(restoredSaid(page)).toHaveCount(0);
});

test("in a thread's template composer, Draft restored. and Clear draft's Undo wait for the person", async ({
  page,
  request,
}) => {
  const customer = `+1604556${String(1000 + Math.floor(Math.random() * 8999))}`;
  await customerWrites(request, customer, { text: "Where is my parcel?" }, [BUSINESS]);
  await page.goto(`/inbox/${encodeURIComponent(customer)}?business=${encodeURIComponent(BUSINESS ?? "")}`);
  await composerHydrated(page);
  const type = page.getByLabel("Message type");
  await type.selectOption("template");
  await pickTemplate(page, "order_update", "en");
  const variables = await fillTemplateValues(page, "Tom");
  await page.waitForTimeout(400);
  await page.reload();
  await type.selectOption("template");
  await expect(variables.first()).toHaveValue("Tom 1");
  // The thread puts its customer in the form as the composer opens: code's change, not the person's.
  await settled(page);
  await expect(restoredSaid(page)).toBeVisible();

  await page.getByRole("button", { name: "Clear draft" }).click();
  await expect(page.getByText("Draft cleared; the recipient is kept.")).toBeVisible();
  await settled(page);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(variables.first()).toHaveValue("Tom 1");
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
});

test("a draft restored stops being said at the person's first edit, also one that is not a key typed", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openComposer(page, "location");
  await page.getByLabel("Place name").fill("Sydney Opera House");
  await page.waitForTimeout(400);
  await page.reload();
  await expect(restoredSaid(page)).toBeVisible();
  // A map app's point, pasted into Latitude, fills both fields: set by the paste's handler, yet the person's edit.
  await page.getByLabel("Latitude").focus();
  await page.evaluate((value) => navigator.clipboard.writeText(value), "-33.8568, 151.2153");
  await page.keyboard.press("ControlOrMeta+V");
  await expect(page.getByLabel("Longitude")).toHaveValue("151.2153");
  await expect(restoredSaid(page)).toHaveCount(0);
});
