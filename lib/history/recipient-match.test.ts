import { describe, expect, test } from "vitest";
import { parseSearch } from "./history-search";
import { phoneMatch, recipientMatch } from "./recipient-match";

describe("reading a pasted number", () => {
  test.each([
    "+16044441111",
    "+1 (604) 444-1111",
    "+1 604 444 1111",
    "1 604 444 1111",
    "604 444 1111",
    "(604) 444-1111",
    "604.444.1111",
    " +1-604-444-1111 ",
  ])("reads %j as the customer +16044441111 when numbers without + are US ones", (typed) => {
    expect(phoneMatch(typed, "US")).toEqual({ exact: "+16044441111" });
  });

  test("reads an international number missing its + when it is no number of the default country", () => {
    expect(phoneMatch("44 20 7946 0958", "US")).toEqual({ exact: "+442079460958" });
    expect(phoneMatch("011 44 20 7946 0958", "US")).toEqual({ exact: "+442079460958" });
  });

  test("reads 00 before a country code as the +", () => {
    expect(phoneMatch("001 604 444 1111", "US")).toEqual({ exact: "+16044441111" });
    expect(phoneMatch("0044 20 7946 0958", "US")).toEqual({ exact: "+442079460958" });
  });

  test("reads numbers without + by DEFAULT_COUNTRY's rules", () => {
    expect(phoneMatch("020 7946 0958", "GB")).toEqual({ exact: "+442079460958" });
    expect(phoneMatch("(11) 91234-5678", "BR")).toEqual({ exact: "+5511912345678" });
  });

  test("takes the start of a number as a prefix of the stored E.164 numbers", () => {
    expect(phoneMatch("+1 604", "US")).toEqual({ prefix: "+1604" });
    expect(phoneMatch("+44 (79", "US")).toEqual({ prefix: "+4479" });
    expect(phoneMatch("604 444", "US")).toEqual({ prefix: "+1604444" });
    expect(phoneMatch("1 604", "US")).toEqual({ prefix: "+1604" });
  });

  test("is not a number when letters are in it", () => {
    expect(phoneMatch("order 1234", "US")).toBeNull();
    expect(phoneMatch("US.13491208655302741918", "US")).toBeNull();
    expect(phoneMatch("+", "US")).toBeNull();
  });
});

// The forms issue 9 found refused, as people paste them; a number without + is read as DEFAULT_COUNTRY's.
const PASTED: [string, string][] = [
  ["+1 (604) 444-1111", "+16044441111"],
  ["+1 604 444 1111", "+16044441111"],
  ["+44 20 7946 0958", "+442079460958"],
  ["1 604 444 1111", "+16044441111"],
  ["+1.604.444.1111", "+16044441111"],
];

describe("a number as it is pasted", () => {
  test.each(PASTED)("finds %j as the customer %s, in the recipient filter and in the search box", (typed, e164) => {
    expect(recipientMatch(typed, "US")).toEqual({ exact: e164 });
    expect(parseSearch(typed, "US")).toEqual({ kind: "number", recipient: e164 });
  });

  test.each([
    ["with the direction marks a contact card copies", "\u202A+1 604 444 1111\u202C"],
    ["with a left-to-right mark", "\u200E+1 (604) 444-1111"],
    ["with non-breaking spaces", "+1\u00A0604\u00A0444\u00A01111"],
    ["with typographic dashes", "+1 604\u2013444\u20121111"],
    ["with a full-width plus", "\uFF0B1 604 444 1111"],
    ["as a tel: link", "tel:+1-604-444-1111"],
  ])("reads a number %s", (_, typed) => {
    expect(recipientMatch(typed, "US")).toEqual({ exact: "+16044441111" });
  });

  test("reads a number without + by DEFAULT_COUNTRY", () => {
    expect(recipientMatch("020 7946 0958", "GB")).toEqual({ exact: "+442079460958" });
    expect(recipientMatch("604 444 1111", "CA")).toEqual({ exact: "+16044441111" });
  });
});

describe("the recipient filter", () => {
  test("matches a full number exactly, a partial one or a BSUID by its start, and nothing when blank", () => {
    expect(recipientMatch("+1 (604) 444-1111", "US")).toEqual({ exact: "+16044441111" });
    expect(recipientMatch("+1604", "US")).toEqual({ prefix: "+1604" });
    expect(recipientMatch("US.1349", "US")).toEqual({ prefix: "US.1349" });
    expect(recipientMatch("   ", "US")).toBeUndefined();
  });
});
