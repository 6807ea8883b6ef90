import { expect, type Page, test } from "@playwright/test";
import { capturePreview, send } from "./support/compose";
import { clearSandbox, sandboxRequests } from "./support/sandbox";

const CARDS = [
  { slug: "linen-shirt", price: "$35" },
  { slug: "canvas-tote", price: "$22" },
  { slug: "straw-hat", price: "$27" },
];

async function openCarousel(page: Page) {
  await page.goto("/compose/template");
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.getByLabel("Recipient", { exact: true }).fill("+16044441111");
  await page.getByRole("combobox", { name: "Template", exact: true }).click();
  const option = page.getByRole("option", { name: /spring_collection/ });
  await expect(option).toContainText("Carousel");
  await option.click();
  await expect(page.getByRole("tab", { name: "Card 1" })).toBeVisible();
}

async function fillCard(page: Page, index: number) {
  const card = CARDS[index]!;
  const n = index + 1;
  await page.getByRole("tab", { name: `Card ${n}` }).click();
  const panel = page.getByRole("tabpanel", { name: `Card ${n}` });
  await panel.getByLabel(`Card ${n} image URL`).fill(`https://cdn.example.com/${card.slug}.jpg`);
  await panel.getByLabel(`Card ${n} body variable {{1}}`).fill(card.price);
  const suffix = panel.getByLabel(`Card ${n} button 1 URL suffix`);
  await suffix.fill(`${card.slug}?src=wa`);
  // The fixed part beside the input is cut short on a phone: the hint says the whole link.
  await expect(suffix).toHaveAccessibleDescription(
    new RegExp(`Completes the link of button 1: https://\\S+/${card.slug}\\?src=wa`),
  );
}

const cardsRow = (page: Page) =>
  page.getByRole("complementary", { name: "Preview" }).getByRole("region", { name: "Carousel cards" });

test("picks the carousel, fills every card, sees the cards in the preview, sends it and edits it as new", async ({
  page,
  request,
}, testInfo) => {
  await clearSandbox(request);
  await openCarousel(page);
  await page.getByLabel("Body variable {{1}}", { exact: true }).fill("Maria");
  for (const index of [0, 1, 2]) await fillCard(page, index);

  const row = cardsRow(page);
  await expect(row.getByRole("group")).toHaveCount(3);
  await expect(row.getByRole("group", { name: "Card 2 of 3" })).toContainText("Canvas tote that fits it all. Now $22.");
  await expect(row.getByRole("group", { name: "Card 3 of 3" })).toContainText("Now $27.");
  await expect(page.getByRole("figure", { name: "Message preview" })).toContainText("Hi Maria, our spring collection");
  await capturePreview(page, testInfo, "carousel-1280");

  await send(page);
  const sent = (await sandboxRequests(request)).filter(
    (received) => (received.body as { templateName?: string }).templateName === "spring_collection",
  );
  expect(sent).toHaveLength(1);
  expect(sent[0]!.status).toBe(200);
  expect((sent[0]!.body as { parameters: unknown }).parameters).toEqual([
    { name: "body_1", value: "Maria" },
    ...CARDS.flatMap((card, i) => [
      { name: `card_${i + 1}_header_image`, value: `https://cdn.example.com/${card.slug}.jpg` },
      { name: `card_${i + 1}_body_1`, value: card.price },
      { name: `card_${i + 1}_button_1_url`, value: `${card.slug}?src=wa` },
    ]),
  ]);

  await page.getByRole("status").getByRole("link", { name: "View it in history" }).click();
  await page.getByRole("link", { name: "Edit as new" }).click();
  // Once the copy is in the form it is the draft: the address forgets the history entry.
  await expect(page).toHaveURL(/\/compose\/template$/);
  await expect(page.getByLabel("Body variable {{1}}", { exact: true })).toHaveValue("Maria");
  for (const [index, card] of CARDS.entries()) {
    const n = index + 1;
    await page.getByRole("tab", { name: `Card ${n}` }).click();
    const panel = page.getByRole("tabpanel", { name: `Card ${n}` });
    await expect(panel.getByLabel(`Card ${n} image URL`)).toHaveValue(`https://cdn.example.com/${card.slug}.jpg`);
    await expect(panel.getByLabel(`Card ${n} body variable {{1}}`)).toHaveValue(card.price);
    await expect(panel.getByLabel(`Card ${n} button 1 URL suffix`)).toHaveValue(`${card.slug}?src=wa`);
  }
  await expect(cardsRow(page).getByRole("group", { name: "Card 3 of 3" })).toContainText("Now $27.");
});

test("moves between cards by keyboard, in the form's tabs and in the preview's row", async ({ page }) => {
  await openCarousel(page);
  const first = page.getByRole("tab", { name: "Card 1" });
  await first.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Card 2" })).toBeFocused();
  await expect(page.getByRole("tab", { name: "Card 2" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("End");
  await expect(page.getByRole("tab", { name: "Card 3" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(first).toBeFocused();

  const row = cardsRow(page);
  const scrollLeft = () => row.evaluate((element) => element.scrollLeft);
  await row.focus();
  await expect(row).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(scrollLeft).toBeGreaterThan(100);
  await page.keyboard.press("End");
  const end = await row.evaluate((element) => element.scrollWidth - element.clientWidth);
  await expect.poll(scrollLeft).toBeGreaterThanOrEqual(end - 1);
  await page.keyboard.press("Home");
  await expect.poll(scrollLeft).toBe(0);
  await page.getByRole("button", { name: "Next card" }).click();
  await expect.poll(scrollLeft).toBeGreaterThan(100);
});

test("brings the card being typed into view in the preview, and keeps every card's values over a reload", async ({
  page,
}) => {
  await openCarousel(page);
  const row = cardsRow(page);
  await page.getByRole("tab", { name: "Card 3" }).click();
  await page.getByLabel("Card 3 body variable {{1}}").fill("$9");
  const third = row.getByRole("group", { name: "Card 3 of 3" });
  await expect(third).toContainText("Now $9.");
  await expect(third).toBeInViewport({ ratio: 0.95 });

  await page.getByRole("tab", { name: "Card 1" }).click();
  await page.getByLabel("Card 1 image URL").fill("https://cdn.example.com/a.jpg");
  // The draft is saved shortly after typing stops.
  await page.waitForTimeout(400);
  await page.reload();
  await expect(page.getByLabel("Card 1 image URL")).toHaveValue("https://cdn.example.com/a.jpg");
  await page.getByRole("tab", { name: "Card 3" }).click();
  await expect(page.getByLabel("Card 3 body variable {{1}}")).toHaveValue("$9");
  await expect(cardsRow(page).getByRole("group", { name: "Card 3 of 3" })).toContainText("Now $9.");
});

test("a refused send opens the card with the problem and focuses its field", async ({ page }) => {
  await openCarousel(page);
  await page.getByLabel("Body variable {{1}}", { exact: true }).fill("Maria");
  await fillCard(page, 0);
  await fillCard(page, 1);
  await page.getByRole("tab", { name: "Card 1" }).click();
  await page.getByRole("button", { name: "Send" }).click();
  const third = page.getByRole("tab", { name: "Card 3" });
  await expect(third).toHaveAttribute("aria-selected", "true");
  await expect(third).toHaveAccessibleName(/needs attention/);
  await expect(page.getByLabel("Card 3 image URL")).toBeFocused();
  await expect(page.getByRole("tabpanel", { name: "Card 3" })).toContainText("Enter the URL of the file.");
  await expect(page.getByRole("tab", { name: "Card 1" })).not.toHaveAccessibleName(/needs attention/);
});

test.describe("on a phone-sized screen", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the carousel preview fits the width and its row still scrolls", async ({ page }, testInfo) => {
    await openCarousel(page);
    await page.getByLabel("Body variable {{1}}", { exact: true }).fill("Maria");
    await fillCard(page, 0);
    // On a phone the preview follows the form, folded behind its toggle.
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    const row = cardsRow(page);
    await row.scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.getByRole("figure", { name: "Message preview" }).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await expect(row.getByRole("group", { name: "Card 1 of 3" })).toBeInViewport();
    await capturePreview(page, testInfo, "carousel-390");
    await page.screenshot({ path: testInfo.outputPath("carousel-390-page.png"), fullPage: true });
    await row.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => row.evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);
  });
});
