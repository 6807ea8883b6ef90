import { expect, test as setup } from "@playwright/test";
import { acceptInvitation, createFirstAccount, invite, mergeStates, userMenuButton } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { E2E, PEOPLE, signedIn } from "./support/e2e-config";
import { customerWrites } from "./support/sandbox";

// The first tests of the run, on two fresh databases: what a newcomer meets, and the sessions every later test
// starts from.

setup("first run on the zero-configuration app: every page leads to /setup, which makes an Admin", async ({ page }) => {
  await page.goto(`${E2E.sandboxAppUrl}/history`);
  await expect(page).toHaveURL(`${E2E.sandboxAppUrl}/setup`);
  // The one moment /setup exists: the accessibility scan of every other page is in a11y.spec.ts.
  await expectAccessible(page, "/setup");
  await createFirstAccount(page, PEOPLE.admin);
  await expect(page).toHaveURL(`${E2E.sandboxAppUrl}/compose/text`);
  await expect(userMenuButton(page, PEOPLE.admin.name)).toBeVisible();
  await page.context().storageState({ path: signedIn("sandbox-admin") });
});

setup("first run on the live app makes an Admin, and then /setup is gone", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await createFirstAccount(page, PEOPLE.admin);
  await expect(page).toHaveURL(/\/compose\/text$/);
  await expect(userMenuButton(page, PEOPLE.admin.name)).toBeVisible();
  const gone = await page.goto("/setup");
  expect(gone?.status()).toBe(404);
  await page.context().storageState({ path: signedIn("admin") });
});

setup("the Admin invites an Agent and a Viewer, who each accept in a browser of their own", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: signedIn("admin") });
  const adminPage = await admin.newPage();
  for (const [who, role] of [
    ["agent", "Agent"],
    ["viewer", "Viewer"],
  ] as const) {
    const link = await invite(adminPage, PEOPLE[who].email, role);
    const context = await browser.newContext();
    await acceptInvitation(await context.newPage(), link, PEOPLE[who]);
    await context.storageState({ path: signedIn(who) });
    await context.close();
  }
  await admin.close();
  await mergeStates(signedIn("default"), [signedIn("agent"), signedIn("sandbox-admin")]);
});

// The composer asks before a session message goes to a customer whose 24-hour window is closed. The customers the
// tests send session messages to have written first; +12015550101 stays the one whose window is closed.
setup("the customers the tests write to have written first", async ({ request }) => {
  for (const customer of [
    "+16044441111",
    "+16044447001",
    "+16045550188",
    "+442079460958",
    "+12015550108",
    "+12015550144",
    "+12015550150",
    "+12015550153",
  ]) {
    await customerWrites(request, customer);
  }
});
