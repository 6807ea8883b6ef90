import { expect, type Page, test } from "@playwright/test";
import { fillEnvelope, openComposer, send } from "./support/compose";

const themeButton = (page: Page, name: "light" | "dark") =>
  page.getByRole("complementary", { name: "Preview" }).getByRole("button", { name, exact: true });

test.describe("with the system set to dark", () => {
  test.use({ colorScheme: "dark" });

  test("the preview starts dark, and the theme a person picks is kept for later visits, on history's page too", async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await openComposer(page, "text");
    await expect(themeButton(page, "dark")).toHaveAttribute("aria-pressed", "true");
    await expect(themeButton(page, "light")).toHaveAttribute("aria-pressed", "false");

    await themeButton(page, "light").click();
    await page.reload();
    await expect(themeButton(page, "light")).toHaveAttribute("aria-pressed", "true");

    await fillEnvelope(page);
    await page.getByLabel("Message text").fill(`Theme kept ${Date.now()}`);
    const id = await send(page);
    await page.goto("/history");
    await page.getByRole("row").filter({ hasText: id }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(id);
    await expect(themeButton(page, "light")).toHaveAttribute("aria-pressed", "true");
    await themeButton(page, "dark").click();
    await page.goto("/compose/text");
    await expect(themeButton(page, "dark")).toHaveAttribute("aria-pressed", "true");
    // The system's colours on the server, the stored pick after: never a hydration error.
    expect(errors.filter((text) => /hydrat|#418|#423|#425/i.test(text))).toEqual([]);
  });
});

test("with the system set to light, the preview starts light", async ({ page }) => {
  await openComposer(page, "text");
  await expect(themeButton(page, "light")).toHaveAttribute("aria-pressed", "true");
});

test.describe("before the scripts run, with the system set to dark", () => {
  test.use({ colorScheme: "dark", javaScriptEnabled: false });

  test("the phone the server sent is already dark, with Dark drawn pressed", async ({ page }) => {
    await page.goto("/compose/text");
    const chat = page.getByRole("figure", { name: "Message preview" });
    await expect(chat).toHaveCSS("background-color", "rgb(11, 20, 26)");
    await expect(themeButton(page, "dark")).toHaveCSS("color", "rgb(255, 255, 255)");
  });
});
