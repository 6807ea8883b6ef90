import { describe, expect, test } from "vitest";
import { ROLE_DESCRIPTIONS, ROLES } from "./roles";
import { allows, PAGE_RULES } from "./rules";

describe("each role's description", () => {
  test.each(ROLES)("says whether %s may send, as the rules decide", (role) => {
    const sends = allows(PAGE_RULES["/compose/[type]"], role);
    expect(/without sending/.test(ROLE_DESCRIPTIONS[role])).toBe(!sends);
  });

  test.each(ROLES)("names the Inbox or says it follows an Agent's when %s may open it", (role) => {
    const description = ROLE_DESCRIPTIONS[role];
    expect(allows(PAGE_RULES["/inbox"], role)).toBe(/Inbox|everything an Agent does/.test(description));
  });

  test("names Members for the roles that may open it, and only those", () => {
    for (const role of ROLES) {
      expect(/Members/.test(ROLE_DESCRIPTIONS[role])).toBe(allows(PAGE_RULES["/settings/members"], role));
    }
  });
});
