import { describe, expect, test } from "vitest";
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

describe("the recipient filter", () => {
  test("matches a full number exactly, a partial one or a BSUID by its start, and nothing when blank", () => {
    expect(recipientMatch("+1 (604) 444-1111", "US")).toEqual({ exact: "+16044441111" });
    expect(recipientMatch("+1604", "US")).toEqual({ prefix: "+1604" });
    expect(recipientMatch("US.1349", "US")).toEqual({ prefix: "US.1349" });
    expect(recipientMatch("   ", "US")).toBeUndefined();
  });
});
