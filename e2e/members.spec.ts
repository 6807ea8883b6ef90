import { expect, test } from "@playwright/test";
import { type SmtpSink, startSmtpSink } from "../test-support/smtp-sink";
import { acceptInvitation, invite, signIn, userMenuButton } from "./support/auth";
import { E2E, PEOPLE, signedIn } from "./support/e2e-config";

test.use({ storageState: signedIn("admin") });

test("an emailed invitation is accepted in a second browser, once, with the role it was made for", async ({
  page,
  browser,
}) => {
  // The live app sends invitations to SMTP_URL, which points here while this test runs.
  const sink: SmtpSink = await startSmtpSink(E2E.smtpPort);
  try {
    const email = `new-agent-${Date.now()}@example.com`;
    const link = await invite(page, email, "Agent");
    await expect(page.getByRole("region", { name: "Invite someone" }).getByRole("status")).toContainText(
      `It was also emailed to ${email}.`,
    );
    const mail = await sink.waitFor(email);
    expect(mail.raw).toContain(link);
    expect(mail.raw).toContain(`${PEOPLE.admin.name} invited you to WhatsApp Composer as an Agent.`);
    await expect(page.getByRole("listitem").filter({ hasText: email })).toContainText("Agent");

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const invited = await context.newPage();
    await acceptInvitation(invited, link, { name: "Nia New", password: "nia's long password" });
    await expect(invited).toHaveURL(/\/compose\/text$/);
    await invited.goto(link);
    await expect(invited.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
    await context.close();

    await page.goto("/settings/members");
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("Nia New");
    await expect(row.getByLabel("Role", { exact: true })).toHaveValue("agent");
    await expect(row).toContainText("Active");
    await expect(page.getByRole("listitem").filter({ hasText: email })).toHaveCount(0);
  } finally {
    await sink.close();
  }
});

test("Invite from the keyboard keeps the focus on Invite for the next one", async ({ page }) => {
  await page.goto("/settings/members");
  const form = page.getByRole("form", { name: "Invite" });
  const email = `keys-${Date.now()}@example.com`;
  await form.getByLabel("Email").fill(email);
  const button = form.getByRole("button", { name: "Invite" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Invitation for ${email} ready.`)).toBeVisible();
  await expect(button).toBeFocused();
});

test("Invite without an address asks for the invited person's, and Invite stays where it was", async ({ page }) => {
  await page.goto("/settings/members");
  const invite = page.getByRole("form", { name: "Invite" });
  const button = invite.getByRole("button", { name: "Invite" });
  const before = await button.boundingBox();
  await button.click();
  await expect(invite.getByText("Enter the email address of the person to invite.")).toBeVisible();
  await expect(invite.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  expect(await button.boundingBox()).toEqual(before);
});

test("deactivating someone ends their open session at once; their history stays", async ({ page, browser }) => {
  const email = `leaver-${Date.now()}@example.com`;
  const link = await invite(page, email, "Viewer");
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const leaver = await context.newPage();
  await acceptInvitation(leaver, link, { name: "Lee Leaver", password: "lee's long password" });
  await expect(leaver).toHaveURL(/\/history$/);

  await page.goto("/settings/members");
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByRole("button", { name: "Deactivate Lee Leaver" }).click();
  await expect(row).toContainText("Deactivated");

  await leaver.reload();
  await expect(leaver).toHaveURL(/\/sign-in\?next=%2Fhistory$/);
  await signIn(leaver, email, "lee's long password");
  const refused = leaver.getByRole("alert").filter({ hasText: "Not signed in" });
  await expect(refused).toContainText("This account has been deactivated.");
  // Said once, as the way forward, not also inside the reason.
  expect((await refused.textContent())?.split("Ask an Admin to reactivate it.")).toHaveLength(2);
  await context.close();

  await row.getByRole("button", { name: "Reactivate Lee Leaver" }).click();
  await expect(row).toContainText("Active");
});

test("on a phone the People table fits the screen: status, last sign-in and Deactivate go under the name", async ({
  page,
  browser,
}) => {
  const email = `phone-${Date.now()}@example.com`;
  const link = await invite(page, email, "Viewer");
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await acceptInvitation(await context.newPage(), link, { name: "Pat Phone", password: "pat's long password" });
  await context.close();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/settings/members");
  const table = page.getByRole("table", { name: "Members" });
  const box = table.locator("xpath=..");
  expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row.getByText("Last sign-in:")).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Status" })).toBeHidden();
  const deactivate = row.getByRole("button", { name: "Deactivate Pat Phone" });
  await deactivate.scrollIntoViewIfNeeded();
  const right = await deactivate.evaluate((element) => element.getBoundingClientRect().right);
  expect(right).toBeLessThanOrEqual(390);
  await deactivate.click();
  await expect(row).toContainText("Deactivated");
  await row.getByRole("button", { name: "Reactivate Pat Phone" }).click();
  await expect(row.getByRole("button", { name: "Deactivate Pat Phone" })).toBeVisible();
});

test("the last Admin's Role is locked and says why; the server still refuses a page that is out of date", async ({
  page,
  browser,
}) => {
  await page.goto("/settings/members");
  const adminRow = page.getByRole("row").filter({ hasText: PEOPLE.admin.email });
  const adminRole = adminRow.getByLabel("Role", { exact: true });
  await expect(adminRow.getByRole("button", { name: /Deactivate/ })).toHaveCount(0);
  await expect(adminRow.getByRole("button", { name: /Change role/ })).toHaveCount(0);
  await expect(adminRole).toBeDisabled();
  await expect(adminRole).toHaveAccessibleDescription("The only Admin: make someone else Admin first.");

  const email = `second-admin-${Date.now()}@example.com`;
  const link = await invite(page, email, "Admin");
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await acceptInvitation(await context.newPage(), link, { name: "Sam Second", password: "sam's long password" });
  await context.close();

  // With two Admins either may step down; this page is left showing that.
  await page.goto("/settings/members");
  await expect(adminRole).toBeEnabled();
  // Meanwhile, in another tab, the second Admin becomes an Agent.
  const other = await page.context().newPage();
  await other.goto("/settings/members");
  const secondRow = other.getByRole("row").filter({ hasText: email });
  await secondRow.getByLabel("Role", { exact: true }).selectOption({ label: "Agent" });
  await expect(secondRow.getByRole("status")).toHaveText("Sam Second is now an Agent.");
  await other.close();

  await adminRole.selectOption({ label: "Agent" });
  const refusal = adminRow.getByRole("alert");
  await expect(refusal).toContainText(`${PEOPLE.admin.name} is the last Admin and cannot be demoted.`);
  await expect(adminRole).toHaveValue("admin");
  await expect(adminRole).toBeDisabled();
  // Said once: the refusal takes the place of the lock's reason, which says the same.
  await expect(adminRow.getByText(/make someone else (an )?Admin first/i)).toHaveCount(1);
  await expect(adminRole).toHaveAccessibleDescription(
    `${PEOPLE.admin.name} is the last Admin and cannot be demoted. Make someone else an Admin first.`,
  );

  // The refusal was about that attempt: the next action, here an invitation, takes it away.
  const form = page.getByRole("form", { name: "Invite" });
  await form.getByLabel("Email").fill(`after-refusal-${Date.now()}@example.com`);
  await form.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByRole("textbox", { name: "Invitation link" })).toBeVisible();
  await expect(refusal).toHaveCount(0);
  await page.reload();
  await expect(adminRole).toHaveValue("admin");
  await expect(userMenuButton(page, PEOPLE.admin.name)).toBeVisible();
});

test("by keyboard, a refused change that leaves your own Role locked keeps the focus on the refusal, read out", async ({
  page,
  browser,
}) => {
  const email = `keyboard-admin-${Date.now()}@example.com`;
  const link = await invite(page, email, "Admin");
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await acceptInvitation(await context.newPage(), link, { name: "Kim Keys", password: "kim's long password" });
  await context.close();

  await page.goto("/settings/members");
  const adminRow = page.getByRole("row").filter({ hasText: PEOPLE.admin.email });
  const adminRole = adminRow.getByLabel("Role", { exact: true });
  await expect(adminRole).toBeEnabled();
  // Meanwhile, in another tab, the other Admin becomes an Agent: this page still offers to step down.
  const other = await page.context().newPage();
  await other.goto("/settings/members");
  const otherRow = other.getByRole("row").filter({ hasText: email });
  await otherRow.getByLabel("Role", { exact: true }).selectOption({ label: "Agent" });
  await expect(otherRow.getByRole("status")).toHaveText("Kim Keys is now an Agent.");
  await other.close();

  await adminRole.focus();
  await page.keyboard.press("ArrowDown");
  const refusal = adminRow.getByRole("alert");
  await expect(refusal).toContainText(`${PEOPLE.admin.name} is the last Admin and cannot be demoted.`);
  await expect(adminRole).toBeDisabled();
  await expect(adminRole).toHaveValue("admin");
  // Not dropped to the page: on the refusal, which a screen reader reads as it takes the focus.
  await expect(refusal).toBeFocused();
  // Tab goes on from the row, not from the top of the page.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("table") !== null)).toBe(true);
});

test("an Admin changes someone's role, which applies to their next request", async ({ page, browser }) => {
  const email = `promoted-${Date.now()}@example.com`;
  const link = await invite(page, email, "Viewer");
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const person = await context.newPage();
  await acceptInvitation(person, link, { name: "Pat Promoted", password: "pat's long password" });
  await person.goto("/compose/text");
  await expect(person.getByRole("heading", { name: "Not available to your role" })).toBeVisible();

  await page.goto("/settings/members");
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByLabel("Role", { exact: true }).selectOption({ label: "Agent" });
  await expect(row.getByRole("status")).toHaveText("Pat Promoted is now an Agent.");
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: email }).getByLabel("Role", { exact: true })).toHaveValue(
    "agent",
  );

  await person.reload();
  await expect(person.getByRole("button", { name: "Send" })).toBeVisible();
  await context.close();
});

test("picking a role saves it at once, says so, keeps the focus, and leaves the other rows where they were", async ({
  page,
  browser,
}) => {
  const email = `ben-${Date.now()}@example.com`;
  const link = await invite(page, email, "Agent");
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await acceptInvitation(await context.newPage(), link, { name: "Ben Baker", password: "ben's long password" });
  await context.close();

  await page.goto("/settings/members");
  const row = page.getByRole("row").filter({ hasText: email });
  const role = row.getByLabel("Role", { exact: true });
  const status = row.getByRole("status");
  // One step: there is no second button to forget.
  await expect(row.getByRole("button", { name: /Change role/ })).toHaveCount(0);
  const below = page.getByRole("row").filter({ hasText: PEOPLE.viewer.email });
  const belowBefore = await below.boundingBox();

  await role.selectOption({ label: "Viewer" });
  await expect(status).toHaveText("Ben Baker is now a Viewer.");
  await expect(role).toHaveValue("viewer");
  expect(await below.boundingBox()).toEqual(belowBefore);
  await page.reload();
  await expect(role).toHaveValue("viewer");

  // By keyboard: arrowing up from Viewer passes Agent; only Admin, where it stops, is saved, and the focus stays.
  await role.focus();
  await role.press("ArrowUp");
  await role.press("ArrowUp");
  await expect(status).toHaveText("Saving…");
  await expect(status).toHaveText("Ben Baker is now an Admin.");
  await expect(role).toBeFocused();
  await page.reload();
  await expect(role).toHaveValue("admin");

  // Leaving at once still saves what was picked.
  await role.focus();
  await role.press("ArrowDown");
  await page.keyboard.press("Tab");
  await expect(status).toHaveText("Ben Baker is now an Agent.");
  await page.reload();
  await expect(role).toHaveValue("agent");
});

test("every link made on a visit stays to copy, and New link replaces a waiting invitation's link with one that works", async ({
  page,
  browser,
}) => {
  const first = `first-${Date.now()}@example.com`;
  const second = `second-${Date.now()}@example.com`;
  const linkFor = (email: string) => page.getByRole("textbox", { name: `Invitation link for ${email}` });
  await page.goto("/settings/members");
  const form = page.getByRole("form", { name: "Invite" });
  for (const [email, role] of [
    [first, "Viewer"],
    [second, "Agent"],
  ] as const) {
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Role", { exact: true }).selectOption({ label: role });
    await form.getByRole("button", { name: "Invite" }).click();
    await expect(linkFor(email)).toHaveValue(/\/invite\/[\w-]{40,}$/);
  }
  // Inviting the second person left the first one's link in place.
  await expect(linkFor(first)).toBeVisible();
  const firstLink = await linkFor(first).inputValue();
  const secondLink = await linkFor(second).inputValue();
  expect(firstLink).not.toBe(secondLink);

  const waiting = page.getByRole("listitem").filter({ hasText: first });
  await waiting.getByRole("button", { name: `New link for ${first}` }).click();
  await expect(waiting.getByRole("status")).toContainText(`New link for ${first} ready.`);
  await expect(waiting.getByRole("status")).toContainText("The earlier link no longer works.");
  // One link for that person, the new one, in its row; the other person's stays.
  await expect(linkFor(first)).toHaveCount(1);
  const newLink = await waiting.getByRole("textbox", { name: `Invitation link for ${first}` }).inputValue();
  expect(newLink).toMatch(/\/invite\/[\w-]{40,}$/);
  expect(newLink).not.toBe(firstLink);
  await expect(linkFor(second)).toHaveValue(secondLink);
  await expect(waiting).toContainText("Viewer");

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const invited = await context.newPage();
  await invited.goto(firstLink);
  await expect(invited.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
  await acceptInvitation(invited, newLink, { name: "Fay First", password: "fay's long password" });
  await expect(invited).toHaveURL(/\/history$/);
  await context.close();

  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: first })).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: first }).getByLabel("Role", { exact: true })).toHaveValue(
    "viewer",
  );
});

test("joining with a short password says so once, in place of the password's rule", async ({ page, browser }) => {
  const link = await invite(page, `short-password-${Date.now()}@example.com`, "Viewer");
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const invited = await context.newPage();
  await invited.goto(link);
  await expect(invited.getByText("At least 10 characters.", { exact: true })).toBeVisible();
  await invited.getByLabel("Name").fill("Sam Short");
  await invited.getByLabel("Password").fill("short");
  await invited.getByRole("button", { name: "Create account" }).click();
  await expect(invited.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(invited.getByText("At least 10 characters.", { exact: true })).toHaveCount(0);
  await expect(invited.getByLabel("Password")).toHaveAccessibleDescription("Use at least 10 characters.");
  await context.close();
});
