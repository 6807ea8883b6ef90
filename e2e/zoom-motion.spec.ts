import { expect, type Page, test } from "@playwright/test";
import { openComposer, send } from "./support/compose";
import { signedIn } from "./support/e2e-config";
import { tabTo } from "./support/keyboard";

// 200% zoom on a 1280 px wide window is a 640 px wide CSS viewport at twice the pixel density; 400 px tall is the
// 800 px of a laptop's window, zoomed.
test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${where} scrolls sideways at 200% zoom`).toBeLessThanOrEqual(clientWidth);
}

/** The control is reached by Tab and scrolled into the viewport, whole. */
async function expectReachable(page: Page, name: string) {
  const control = page.getByRole("button", { name, exact: true });
  await tabTo(page, control);
  await expect(control).toBeInViewport({ ratio: 1 });
}

for (const type of ["text", "list", "buttons", "products", "location", "template"]) {
  test(`/compose/${type} works at 200% zoom: nothing scrolls sideways and Send, Copy JSON and the preview are reachable`, async ({
    page,
  }) => {
    await openComposer(page, type);
    await expectNoSidewaysScroll(page, `/compose/${type}`);
    await expectReachable(page, "Send");
    await expectReachable(page, "Copy JSON");
    // At this width the preview follows the form behind its toggle, which the keyboard opens.
    await expectReachable(page, "Preview");
    await page.keyboard.press("Enter");
    await expectReachable(page, "dark");
    await expectNoSidewaysScroll(page, `/compose/${type} after tabbing through it`);
  });
}

test("history, a detail and the sign-in page work at 200% zoom without sideways scrolling", async ({
  page,
  browser,
}) => {
  await openComposer(page, "text");
  await page.getByLabel("Recipient", { exact: true }).fill("+16044441111");
  await page.getByLabel("Message text").fill("A rather long message to see how history wraps it at 200% zoom.");
  await send(page);
  await expectNoSidewaysScroll(page, "/compose/text after a send");
  const detail = await page.getByRole("link", { name: "View it in history" }).getAttribute("href");
  await page.goto("/history");
  await expectNoSidewaysScroll(page, "/history");
  await page.goto(detail!);
  await expectNoSidewaysScroll(page, "a message's detail");

  const context = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
  });
  const signedOut = await context.newPage();
  await signedOut.goto("/sign-in");
  await expectNoSidewaysScroll(signedOut, "/sign-in");
  await context.close();
});

test.describe("as the Admin", () => {
  test.use({ storageState: signedIn("admin") });

  test("Members works at 200% zoom without sideways scrolling", async ({ page }) => {
    await page.goto("/settings/members");
    await expectNoSidewaysScroll(page, "/settings/members");
  });
});

test.describe("with prefers-reduced-motion", () => {
  test.use({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });

  const sheetAnimation = async (page: Page) => {
    await openComposer(page, "products");
    await page.getByRole("button", { name: /View items/ }).click();
    return page
      .getByRole("dialog", { name: "View items" })
      .evaluate((element) => getComputedStyle(element).animationName);
  };

  test("the sheets slide up only when motion is welcome", async ({ page }) => {
    expect(await sheetAnimation(page)).toBe("sheet-up");
    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(await sheetAnimation(page)).toBe("none");
  });
});
