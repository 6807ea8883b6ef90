/**
 * What the typing benchmark puts in each composer before it types, through the same labels people (and the e2e
 * specs) use: each one as full as WhatsApp allows, so the measured keystroke re-renders a realistic worst case.
 */
import type { Locator, Page } from "@playwright/test";

/**
 * Clicks an "Add …" button until there are `count` items. A click straight after a fill can miss: the field's
 * asynchronous validation removes its error line between the fill and the click, and the button moves up under
 * the pointer. The benchmark measures typing, not that, so it clicks again.
 */
async function addUntil(button: Locator, items: Locator, count: number) {
  for (let attempt = 0; (await items.count()) < count; attempt++) {
    if (attempt === 5) throw new Error(`could not add item ${count}`);
    await button.click();
    await items
      .nth(count - 1)
      .waitFor({ timeout: 2000 })
      .catch(() => undefined);
  }
}

export function formattedText(length: number): string {
  const lines = [
    "Hi *Ana*, your order _#4521_ has ~not~ shipped. Details: https://example.com/orders/4521",
    "- Item: ```RED-SHOE-42``` and `code`",
    "1. Pay > Ship > *Deliver _fast_*",
    "> Quote from support, with an emoji 👋🏽 and عربي text",
  ];
  let text = "";
  for (let i = 0; text.length < length; i++) text += `${lines[i % lines.length]}\n`;
  return text.slice(0, length);
}

const section = (page: Page, n: number) => page.getByRole("group", { name: `Section ${n}`, exact: true });

/** Ten rows (WhatsApp's maximum) over three sections, with a text header, a 900-character body and a footer. */
export async function fillFullList(page: Page) {
  await page.getByLabel("Header type").selectOption("text");
  await page.getByLabel("Header text").fill("Our delivery slots");
  await page.getByLabel("Message text").fill(formattedText(900));
  await page.getByLabel("Footer").fill("Reply any time");
  await page.getByLabel("Menu button").fill("Choose");
  const rowsPerSection = [4, 3, 3];
  for (const [index, rows] of rowsPerSection.entries()) {
    const s = index + 1;
    await addUntil(page.getByRole("button", { name: "Add section" }), page.getByLabel("Section title"), s);
    await section(page, s).getByLabel("Section title").fill(`Section ${s}`);
    for (let r = 1; r <= rows; r++) {
      await addUntil(
        section(page, s).getByRole("button", { name: "Add row" }),
        section(page, s).getByLabel("Row ID"),
        r,
      );
      const row = section(page, s).getByRole("group", { name: `Row ${r}`, exact: true });
      await row.getByLabel("Row ID").fill(`s${s}r${r}`);
      await row.getByLabel("Row title").fill(`Option ${s}.${r}`);
      await row.getByLabel("Row description").fill("A description of this option");
    }
  }
}

/** Three reply buttons (the maximum), a text header, a 900-character body and a footer. */
export async function fillReplyButtons(page: Page) {
  await page.getByLabel("Header type").selectOption("text");
  await page.getByLabel("Header text").fill("Your order");
  await page.getByLabel("Message text").fill(formattedText(900));
  await page.getByLabel("Footer").fill("Example Shop");
  for (let b = 1; b <= 3; b++) {
    await addUntil(page.getByRole("button", { name: "Add button" }), page.getByLabel("Button ID"), b);
    const button = page.getByRole("group", { name: `Button ${b}`, exact: true });
    await button.getByLabel("Button ID").fill(`b${b}`);
    await button.getByLabel("Button title").fill(`Answer ${b}`);
  }
}

/** Thirty products (the maximum) over three sections, with header, a 900-character body, footer and catalog. */
export async function fillFullProducts(page: Page) {
  await page.getByLabel("Header text").fill("Picked for you");
  await page.getByLabel("Message text").fill(formattedText(900));
  await page.getByLabel("Footer").fill("Free returns");
  await page.getByLabel("Catalog ID").fill("194836987003835");
  for (let s = 1; s <= 3; s++) {
    await addUntil(page.getByRole("button", { name: "Add section" }), page.getByLabel("Section title"), s);
    await section(page, s).getByLabel("Section title").fill(`Shelf ${s}`);
    const products = section(page, s).getByLabel("Product retailer ID");
    for (let p = 1; p <= 10; p++) {
      await addUntil(section(page, s).getByRole("button", { name: "Add product" }), products, p);
      await products.nth(p - 1).fill(`SKU-${s}-${p}`);
    }
  }
}

/** The carousel template (the richest in the sandbox's catalog) with its body variable and all three cards filled. */
export async function fillCarouselTemplate(page: Page) {
  await page.getByLabel("Recipient", { exact: true }).fill("+16044441111");
  await page.getByRole("combobox", { name: "Template", exact: true }).click();
  await page.getByRole("option", { name: /spring_collection/ }).click();
  await page.getByLabel("Body variable {{1}}", { exact: true }).fill("Maria");
  for (const [index, slug] of ["linen-shirt", "canvas-tote", "straw-hat"].entries()) {
    const n = index + 1;
    await page.getByRole("tab", { name: `Card ${n}` }).click();
    const panel = page.getByRole("tabpanel", { name: `Card ${n}` });
    await panel.getByLabel(`Card ${n} image URL`).fill(`https://cdn.example.com/${slug}.jpg`);
    await panel.getByLabel(`Card ${n} body variable {{1}}`).fill("$35");
    await panel.getByLabel(`Card ${n} button 1 URL suffix`).fill(`${slug}?src=wa`);
  }
}
