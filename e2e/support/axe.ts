import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The WCAG 2.1 A and AA rules: what the issue asks the pages to pass. */
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation, listing each rule with the
 * elements it found, so that the failure says what to fix. `where` names the state scanned in that message.
 */
export async function expectAccessible(page: Page, where: string) {
  // Contrast is judged on the colours an element settles on: a button still fading to its hover colour after a
  // click measured 4.47:1 on its way to a colour that passes.
  await page.waitForFunction(() => !document.getAnimations().some((animation) => animation instanceof CSSTransition));
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.replace(/\n/g, " ")}`).join("\n"),
  );
  expect(report, `serious or critical axe violations on ${where}`).toEqual([]);
}
