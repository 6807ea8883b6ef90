import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { fillEnvelope, send } from "./support/compose";
import { E2E, signedIn } from "./support/e2e-config";

test.use({ storageState: signedIn("admin") });

test("every response carries the security headers, with a fresh nonce each time", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/sign-in", "/history", "/api/session", "/api/webhooks/connectly", "/icon.svg"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const policy = headers["content-security-policy"] ?? "";
    const scripts = policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scripts, path).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scripts, path).not.toContain("unsafe-inline");
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("same-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    // APP_URL is http here; HSTS is only sent for an https dashboard.
    expect(headers["strict-transport-security"], path).toBeUndefined();
    nonces.add(/'nonce-([^']+)'/.exec(scripts)?.[1] ?? "");
  }
  expect(nonces.size).toBe(5);
});

/** Records every Content-Security-Policy violation a page reports, from the console and from the DOM's own event. */
async function watchViolations(context: BrowserContext, violations: string[]): Promise<void> {
  await context.exposeFunction("__reportViolation", (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`,
      );
    });
  });
  context.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
}

async function visit(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

test("no page reports a Content-Security-Policy violation", async ({ page, browser }) => {
  const violations: string[] = [];
  await watchViolations(page.context(), violations);
  await visit(page, "/compose/text");
  await fillEnvelope(page);
  await page.getByLabel("Message text").fill("Checking the *policy*");
  const id = await send(page);
  for (const type of ["image", "video", "audio", "document", "location", "list", "buttons", "product", "products"]) {
    await visit(page, `/compose/${type}`);
    await expect(page.getByRole("button", { name: "Send" })).toBeVisible();
  }
  await visit(page, "/compose/image");
  await page.getByLabel("Media URL").fill("https://example.com/image.jpg");
  await visit(page, "/compose/template");
  await page.getByRole("combobox", { name: "Template", exact: true }).click();
  await visit(page, "/history");
  await visit(page, `/history/${id}`);
  await visit(page, "/settings/members");
  await page.getByRole("banner").getByRole("button", { expanded: false }).click();

  const signedOut = await browser.newContext({ baseURL: E2E.appUrl, storageState: { cookies: [], origins: [] } });
  await watchViolations(signedOut, violations);
  const visitor = await signedOut.newPage();
  await visit(visitor, "/sign-in");
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.getByText("Enter your email address.")).toBeVisible();
  await visit(visitor, "/invite/not-a-real-token");
  await visit(visitor, "/setup");
  await signedOut.close();

  expect(violations).toEqual([]);
});
