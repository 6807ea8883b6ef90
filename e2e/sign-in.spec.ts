import { expect, test } from "@playwright/test";
import { signIn, userMenuButton } from "./support/auth";
import { E2E, PEOPLE } from "./support/e2e-config";

// Everyone here starts signed out.
test.use({ storageState: { cookies: [], origins: [] } });

test("a signed-out visitor is sent to sign-in and, once signed in, back to the page they asked for", async ({
  page,
}) => {
  await page.goto("/history?status=read");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fhistory%3Fstatus%3Dread$/);
  await signIn(page, PEOPLE.agent.email, PEOPLE.agent.password);
  await expect(page).toHaveURL(/\/history\?status=read$/);
  await expect(userMenuButton(page, PEOPLE.agent.name)).toBeVisible();
});

test("a wrong password and an unknown email get one message that does not say which was wrong", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, PEOPLE.agent.email, "not the password");
  const alert = page.getByRole("alert").filter({ hasText: "Not signed in" });
  await expect(alert).toContainText("Wrong email or password.");
  const wrongPassword = await alert.textContent();
  await expect(page.getByLabel("Email")).toHaveValue(PEOPLE.agent.email);
  await expect(page.getByLabel("Password")).toHaveValue("");

  await signIn(page, "nobody@example.com", PEOPLE.agent.password);
  await expect(page.getByLabel("Email")).toHaveValue("nobody@example.com");
  await expect(alert).toHaveText(wrongPassword!);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a wrong password leaves the focus in the emptied Password, and a field found wrong next replaces that message", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await signIn(page, PEOPLE.agent.email, "not the password");
  const alert = page.getByRole("alert").filter({ hasText: "Not signed in" });
  await expect(alert).toContainText("Wrong email or password.");
  await expect(page.getByLabel("Password")).toBeFocused();

  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill(PEOPLE.agent.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/Enter an email address such as/);
  await expect(page.getByLabel("Email")).toBeFocused();
  await expect(alert).toHaveCount(0);
});

// Before the Viewer is locked out below.
test("signing in goes straight to where the role starts, a Viewer to history, with no stop at /", async ({ page }) => {
  const visited: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) visited.push(new URL(frame.url()).pathname);
  });
  await page.goto("/sign-in");
  await signIn(page, PEOPLE.viewer.email, PEOPLE.viewer.password);
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByRole("heading", { name: "History", level: 1 })).toBeVisible();
  expect(visited).not.toContain("/");
});

test("repeated failures are slowed, then locked, and the message says when to try again", async ({ page }) => {
  // The Viewer's saved session is untouched: a lockout stops new sign-ins, not sessions already open.
  await page.goto("/sign-in");
  const alert = page.getByRole("alert").filter({ hasText: "Not signed in" });
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn(page, PEOPLE.viewer.email, `guess ${attempt}`);
    await expect(alert).toContainText("Wrong email or password.");
  }
  await expect(alert).toContainText("1 more failed attempt and sign-in is locked for 15 minutes.");
  await signIn(page, PEOPLE.viewer.email, "guess 5");
  await expect(alert).toContainText("Sign-in is locked: try again in 15 minutes.");

  await signIn(page, PEOPLE.viewer.email, PEOPLE.viewer.password);
  await expect(alert).toContainText(/Sign-in is locked: try again in 1[45] minutes\./);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("Sign out ends the session at once: a copy of its cookie no longer opens anything", async ({ page, browser }) => {
  await page.goto("/sign-in");
  await signIn(page, PEOPLE.agent.email, PEOPLE.agent.password);
  await expect(page).toHaveURL(/\/compose\/text$/);
  const copied = await page.context().storageState();

  await userMenuButton(page, PEOPLE.agent.name).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/history");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fhistory$/);

  const replay = await browser.newContext({ storageState: copied });
  const replayPage = await replay.newPage();
  await replayPage.goto(`${E2E.appUrl}/history`);
  await expect(replayPage).toHaveURL(/\/sign-in\?next=%2Fhistory$/);
  const api = await replay.request.get(`${E2E.appUrl}/api/session`);
  expect(api.status()).toBe(401);
  await replay.close();
});

test("after Sign out the next person to sign in on this browser finds no draft", async ({ page }) => {
  const drafts = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("composer:")));
  await page.goto("/sign-in");
  await signIn(page, PEOPLE.agent.email, PEOPLE.agent.password);
  await expect(page).toHaveURL(/\/compose\/text$/);
  await page.getByLabel("Message text").fill("Your refund of $40 is on its way");
  await expect.poll(drafts).not.toEqual([]);

  await userMenuButton(page, PEOPLE.agent.name).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect.poll(drafts).toEqual([]);
  await signIn(page, PEOPLE.agent.email, PEOPLE.agent.password);
  await expect(page).toHaveURL(/\/compose\/text$/);
  await expect(page.getByLabel("Message text")).toHaveValue("");
});

test("the user menu opens and closes from the keyboard", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, PEOPLE.agent.email, PEOPLE.agent.password);
  // Sign-in lands on / and is sent on to the composer: the menu is the one on that page, once its scripts run.
  await expect(page).toHaveURL(/\/compose\/text$/);
  const button = userMenuButton(page, PEOPLE.agent.name);
  await expect(async () => {
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeFocused({ timeout: 1_000 });
  }).toPass();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeHidden();
  await expect(button).toBeFocused();
});
