import { expect, type Locator, type Page } from "@playwright/test";

/** Whether the focused element draws a focus indicator: an outline or a ring (box-shadow). */
async function focusShows(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { shows: true, what: "body" };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none";
    const what = `${element.tagName.toLowerCase()} "${element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 40) ?? ""}"`;
    return { shows: outline || ring, what };
  });
}

/**
 * Presses Tab until `target` has the focus (Shift+Tab when it comes before the focus), as a keyboard user reaches a
 * control, and checks on the way that every element the focus lands on shows it.
 */
export async function tabTo(page: Page, target: Locator, { max = 80 } = {}) {
  const back = await target.evaluate(
    (element) =>
      document.activeElement !== document.body &&
      Boolean(element.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  for (let presses = 0; presses <= max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const { shows, what } = await focusShows(page);
    expect(shows, `the focus on ${what} is visible`).toBe(true);
  }
  throw new Error(`${max} presses of ${back ? "Shift+Tab" : "Tab"} never reached ${target}`);
}

/** Tabs to a field and types into it, as a person does with the keyboard. */
export async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}
