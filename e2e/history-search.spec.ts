import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { fillEnvelope, openComposer, send } from "./support/compose";
import { customerWrites } from "./support/sandbox";

// Other specs send to the same numbers: a word of our own tells our messages apart.
const marker = `zebra${Date.now().toString(36)}`;

async function sendText(page: Page, recipient: string, text: string, name?: string) {
  await customerWrites(page.request, recipient);
  await openComposer(page, "text");
  await fillEnvelope(page, recipient);
  if (name) await page.getByLabel("Recipient name").fill(name);
  await page.getByLabel("Message text").fill(text);
  return send(page);
}

async function search(page: Page, term: string) {
  const box = page.getByRole("searchbox", { name: "Search" });
  await box.fill(term);
  await box.press("Enter");
  await page.waitForURL((url) => url.searchParams.get("q") === term);
}

test("finds a message by a pasted number, a name, a word or its id, and exports what it found", async ({ page }) => {
  const refund = await sendText(page, "+16044441111", `Your refund is on its way ${marker}`, "Ada Lovelace");
  const other = await sendText(page, "+442079460958", `Your parcel left the depot ${marker}`);

  await page.goto("/history");
  const rows = page.getByRole("row").filter({ hasText: marker });

  await search(page, "1 (604) 444-1111");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(refund);

  await search(page, "LOVELACE");
  await expect(rows.filter({ hasText: refund })).toBeVisible();

  await search(page, marker);
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(other);

  await search(page, refund);
  await expect(page.getByRole("row").filter({ hasText: refund })).toHaveCount(1);

  await search(page, `${marker} parcel`);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("+442079460958");
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue(`${marker} parcel`);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export these as CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^history-.*\.csv$/);
  const csv = parse(await readFile((await download.path()) ?? ""), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
  expect(csv.map((row) => [row["Message id"], row.Recipient, row.Message])).toEqual([
    [other, "'+442079460958", `Your parcel left the depot ${marker}`],
  ]);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("");
  await expect(rows).toHaveCount(2);
});

test("filters by a recipient typed with spaces and brackets", async ({ page }) => {
  const id = await sendText(page, "+16045550188", `Filter me ${marker}`);
  await page.goto("/history");
  await page.getByLabel("Recipient", { exact: true }).fill("+1 (604) 555-0188");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("row").filter({ hasText: id })).toBeVisible();
  for (const row of await page.getByRole("row").filter({ hasText: "+1" }).all()) {
    await expect(row).toContainText("+16045550188");
  }
  await page.getByLabel("Recipient", { exact: true }).fill("+1 604 555");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("row").filter({ hasText: id })).toBeVisible();
  await page.getByLabel("Recipient", { exact: true }).fill("+44");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("row").filter({ hasText: id })).toHaveCount(0);
});

test("a search that finds nothing offers to clear it, and a send with no name typed shows the customer's own", async ({
  page,
}) => {
  // A number of its own: writing under a new name renames that customer everywhere, demo customers included.
  const customer = "+16045550163";
  const theirName = `Gita ${marker}`;
  await customerWrites(page.request, customer, { text: "Hello", customerName: theirName });
  await openComposer(page, "text");
  await fillEnvelope(page, customer);
  await page.getByLabel("Message text").fill(`Nameless ${marker}`);
  // The composer may suggest the customer's name: this send goes without one.
  await page.getByLabel("Recipient name").fill("");
  const id = await send(page);

  await page.goto("/history");
  await search(page, `${marker}-nowhere`);
  const results = page.getByRole("region", { name: "Results" });
  await expect(results).toContainText(`No messages match “${marker}-nowhere”.`);
  await expect(results.getByRole("link", { name: "Compose a message" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Export/ })).toHaveCount(0);
  await expect(page.getByText("Export CSV")).toHaveAttribute("aria-disabled", "true");
  await results.getByRole("link", { name: "Clear search" }).click();
  await expect(page.getByRole("link", { name: "Export CSV" })).toBeVisible();
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("");

  const row = page.getByRole("row").filter({ hasText: id });
  await expect(row).toContainText(`${theirName} · WhatsApp name`);
});
