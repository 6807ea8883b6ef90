import { readFile, writeFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import type { TestPerson } from "./e2e-config";

/** The first-run page: Name, Email, Password, Create account. */
export async function createFirstAccount(page: Page, person: TestPerson) {
  await expect(page.getByRole("heading", { name: "Create the first account" })).toBeVisible();
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The signed-in person's name in the header, which opens the menu holding Sign out. */
export const userMenuButton = (page: Page, name: string) =>
  page.getByRole("banner").getByRole("button", { name, exact: true });

/** Invites someone from the Members page and returns the one-time link shown for copying. */
export async function invite(page: Page, email: string, role: "Admin" | "Agent" | "Viewer"): Promise<string> {
  await page.goto("/settings/members");
  const form = page.getByRole("form", { name: "Invite" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role", { exact: true }).selectOption({ label: role });
  await form.getByRole("button", { name: "Invite" }).click();
  const link = page.getByRole("textbox", { name: "Invitation link" });
  await expect(link).toHaveValue(/\/invite\/[\w-]{40,}$/);
  return link.inputValue();
}

/** Opens an invitation link and creates the account it offers. */
export async function acceptInvitation(page: Page, link: string, person: Pick<TestPerson, "name" | "password">) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Join WhatsApp Composer" })).toBeVisible();
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(userMenuButton(page, person.name)).toBeVisible();
}

/** One browser state holding the sessions of several saved states (cookies are per host and name, not per port). */
export async function mergeStates(target: string, sources: string[]) {
  const states = await Promise.all(sources.map(async (file) => JSON.parse(await readFile(file, "utf8"))));
  await writeFile(
    target,
    JSON.stringify({ cookies: states.flatMap((s) => s.cookies), origins: states.flatMap((s) => s.origins) }),
  );
}
