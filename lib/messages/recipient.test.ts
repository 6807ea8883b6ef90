import { describe, expect, it } from "vitest";
import { normalizeRecipient, recipientKind, recipientProblem, withNormalizedRecipient } from "./recipient";

describe("normalizeRecipient", () => {
  it.each([
    ["+1 (604) 444-1111", "+16044441111"],
    ["+1 604 444 1111", "+16044441111"],
    ["+44 20 7946 0958", "+442079460958"],
    ["1 604 444 1111", "+16044441111"],
    ["+1.604.444.1111", "+16044441111"],
    ["  +16044441111 ", "+16044441111"],
    ["\u202A+1 604\u2011444\u20111111\u202C", "+16044441111"],
  ])("reads %j as %s", (input, expected) => {
    expect(normalizeRecipient(input, "US")).toBe(expected);
  });

  it("reads a number without + with the default country's rules", () => {
    expect(normalizeRecipient("604 444 1111", "US")).toBe("+16044441111");
    expect(normalizeRecipient("020 7946 0958", "GB")).toBe("+442079460958");
  });

  it("reads a number without + that the default country does not have as an international one", () => {
    expect(normalizeRecipient("44 20 7946 0958", "US")).toBe("+442079460958");
  });

  it("gives null for what is not a complete, valid number", () => {
    for (const input of ["", "+1 604", "604444", "US.13491208655302741918", "call me", "+1 604 444 1111 ext"]) {
      expect(normalizeRecipient(input, "US")).toBeNull();
    }
  });

  it("always gives a number the strict check accepts", () => {
    expect(recipientKind(normalizeRecipient("+1 (604) 444-1111", "US")!)).toBe("phone");
  });
});

describe("withNormalizedRecipient", () => {
  it("replaces only the recipient's id, and only with a number", () => {
    const values = { recipient: { id: "1 604 444 1111", name: "Ana" }, text: "hi" };
    expect(withNormalizedRecipient(values, "US")).toEqual({
      recipient: { id: "+16044441111", name: "Ana" },
      text: "hi",
    });
    const bsuid = { recipient: { id: "US.13491208655302741918" } };
    expect(withNormalizedRecipient(bsuid, "US")).toBe(bsuid);
    expect(withNormalizedRecipient(null, "US")).toBeNull();
    expect(withNormalizedRecipient({ recipient: "x" }, "US")).toEqual({ recipient: "x" });
  });
});

describe("recipientProblem", () => {
  it("says a number still being typed is short, not invalid", () => {
    expect(recipientProblem("+1 604")).toMatch(/^Too short/);
    expect(recipientProblem("+447911")).toMatch(/^Too short/);
  });

  it("asks for the rest of a number typed without +, or for its country code, rather than only for a +", () => {
    expect(recipientProblem("604 444")).toBe(
      "Not a whole phone number: add the rest of the digits, or start with + and the country code (+16044441111).",
    );
  });

  it("names too many digits and a code no country has", () => {
    expect(recipientProblem("+16044441111222")).toMatch(/^Too many digits/);
    expect(recipientProblem("+49301234567890123")).toMatch(/^Too many digits/);
    expect(recipientProblem("+999123456")).toMatch(/^No country has this code/);
  });

  it("still calls a number of the right length that no carrier uses invalid", () => {
    expect(recipientProblem("+11234567890")).toBe("This is not a valid phone number for its country code.");
  });
});
