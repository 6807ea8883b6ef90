import { describe, expect, it } from "vitest";
import { customerHref, threadHref } from "./thread-types";

describe("threadHref", () => {
  it("names the business number of a thread that has one", () => {
    expect(threadHref({ customer: "+14155550123", businessNumber: "+15550001111" })).toBe(
      "/inbox/%2B14155550123?business=%2B15550001111",
    );
  });

  it("says a thread has no business number, so that its link does not open the customer's latest thread", () => {
    const href = threadHref({ customer: "+14155550123", businessNumber: "" });
    expect(href).toBe("/inbox/%2B14155550123?business=");
    expect(href).not.toBe(customerHref("+14155550123"));
  });
});

describe("customerHref", () => {
  it("names only the customer", () => {
    expect(customerHref("+14155550123")).toBe("/inbox/%2B14155550123");
  });
});
