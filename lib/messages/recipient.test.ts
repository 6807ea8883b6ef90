import fc from "fast-check";
import {
  type CountryCode,
  getCountryCallingCode,
  isValidPhoneNumber,
  parsePhoneNumberFromString,
} from "libphonenumber-js";
import metadata from "libphonenumber-js/metadata.min.json";
import { describe, expect, it } from "vitest";
import {
  nameForRecipient,
  normalizeRecipient,
  recipientKind,
  recipientProblem,
  recipientUnfinished,
  withNormalizedRecipient,
} from "./recipient";

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

  it("reads 00 before a country code as the +, whatever the default country dials abroad", () => {
    expect(normalizeRecipient("001 604 444 1111", "US")).toBe("+16044441111");
    expect(normalizeRecipient("0044 20 7946 0958", "US")).toBe("+442079460958");
    expect(normalizeRecipient("0044 20 7946 0958", "GB")).toBe("+442079460958");
    expect(normalizeRecipient("011 44 20 7946 0958", "US")).toBe("+442079460958");
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

  it("still calls a number of the right length that nothing can follow invalid", () => {
    expect(recipientProblem("+1604444")).toMatch(/^Too short/);
    expect(recipientProblem("+4474001234567")).toMatch(/^Too many digits/);
  });

  it("says a number of a possible length that more digits could make valid is not one yet", () => {
    expect(recipientProblem("+442079460")).toBe(
      "Not a valid phone number for this country code yet: check the digits, or add the rest.",
    );
  });

  it("names a start no number has, in the North American plan's own terms", () => {
    const nanp = "No +1 number starts like this: its area code starts with 2-9 (+1 604 444 1111).";
    expect(recipientProblem("+1123")).toBe(nanp);
    expect(recipientProblem("+11234567890")).toBe(nanp);
    expect(recipientProblem("+1 (012) 345")).toBe(nanp);
    expect(recipientProblem("+16041234567")).toBe("This is not a valid phone number for its country code.");
  });
});

describe("recipientUnfinished", () => {
  it.each([
    "",
    "+",
    "+1",
    "+1604",
    "+1 (604) 555-01",
    "+44",
    "+44 (0) 20 79",
    "+44 20 7946 0",
    "+49 30 92",
    "+43 316 5",
    "+39 343 517",
    "+99",
    "604 444",
    "44 20 79",
    "011 44 20",
    "U",
    "US",
    "US.",
  ])("lets %j wait for Send: more digits or letters could still make it whole", (input) => {
    expect(recipientUnfinished(input, "US")).toBe(true);
  });

  it.each([
    ["letters", "+1604abc"],
    ["a code no country has", "+999123"],
    ["too many digits", "+16044441111222"],
    ["a full-length number no carrier uses", "+11234567890"],
    ["a +1 area code starting with 1", "+1123"],
    ["a +1 area code starting with 0", "+1 (012)"],
    ["a full-length number after a good area code that no carrier uses", "+16041234567"],
    ["too long to be read as a number", "1 604 444 1111 2222 3333 4444 5555 6666 7777"],
    ["a whole number", "+16044441111"],
    ["a BSUID", "US.13491208655302741918"],
  ])("calls %s finished, so its error need not wait", (_, input) => {
    expect(recipientUnfinished(input, "US")).toBe(false);
  });
});

describe("recipientUnfinished and the numbers people type", () => {
  // Valid numbers of every country code, made from the metadata's own pattern for the country's numbers.
  const valid = fc
    .constantFrom(...(Object.keys(metadata.countries) as CountryCode[]))
    .chain((country) => {
      const code = getCountryCallingCode(country);
      const pattern = (metadata.countries[country] as unknown[])[2] as string;
      return fc.stringMatching(new RegExp(`^(?:${pattern})$`)).map((national) => ({ code, national }));
    })
    .filter(({ code, national }) => isValidPhoneNumber(`+${code}${national}`));

  const neverWrongWhileTyped = (number: string) => {
    for (let length = 1; length <= number.length; length++) {
      const typed = number.slice(0, length);
      expect(isValidPhoneNumber(typed) || recipientUnfinished(typed, "US"), typed).toBe(true);
      expect(recipientProblem(typed.replace(/\s/g, "")) ?? "", typed).not.toMatch(/^No \+\d+ number starts/);
    }
  };

  it("never calls a start of a valid number wrong while it is typed", () => {
    fc.assert(
      fc.property(valid, ({ code, national }) => neverWrongWhileTyped(`+${code} ${national}`)),
      { numRuns: 400 },
    );
  });

  it("never calls a start of a valid number wrong when its national prefix is kept (+44 (0) 20 …)", () => {
    const prefixed = valid
      .map(({ code, national }) => {
        const country = parsePhoneNumberFromString(`+${code}${national}`)?.country;
        const prefix = country ? ((metadata.countries[country] as unknown[])[5] as string | undefined) : undefined;
        return { code, national, prefix };
      })
      // +1's trunk 1 is not taken while typing (its documented area code rule is), though a whole number keeps it.
      // More than E.164's 15 digits is too many as typed, whatever the prefix.
      .filter(
        ({ code, prefix, national }) =>
          `${code}${prefix}${national}`.length <= 15 &&
          code !== "1" &&
          !!prefix &&
          isValidPhoneNumber(`+${code}${prefix}${national}`),
      );
    fc.assert(
      fc.property(prefixed, ({ code, national, prefix }) => neverWrongWhileTyped(`+${code} ${prefix}${national}`)),
      { numRuns: 200 },
    );
  });

  it("calls every +1 number begun with 0 or 1 wrong at once, whatever follows", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("0", "1"),
        fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 9 }),
        (first, rest) => {
          expect(recipientUnfinished(`+1${first}${rest}`, "US")).toBe(false);
        },
      ),
    );
  });
});

describe("nameForRecipient", () => {
  const known = [
    { number: "+16045550122", name: "Ben Okafor" },
    { number: "+16045550123", name: "Chloe Martin" },
    { number: "+16045550124" },
  ];

  it("gives a known customer's number their name, over a typed one, and keeps the typed one aside", () => {
    expect(nameForRecipient("Benny", "+16045550123", known, "")).toEqual({ name: "Chloe Martin", typed: "Benny" });
    expect(nameForRecipient("", "+16045550122", known, "")).toEqual({ name: "Ben Okafor", typed: "" });
  });

  it("swaps one known customer's name for another's, still keeping what was typed before", () => {
    expect(nameForRecipient("Ben Okafor", "+16045550123", known, "Benny")).toEqual({
      name: "Chloe Martin",
      typed: "Benny",
    });
  });

  it("keeps a typed name when the number becomes one with no known name", () => {
    expect(nameForRecipient("Benny", "+16045550199", known, "")).toEqual({ name: "Benny", typed: "" });
    expect(nameForRecipient("Benny", "+16045550124", known, "")).toEqual({ name: "Benny", typed: "" });
    expect(nameForRecipient("Benny", "+160455501", known, "")).toEqual({ name: "Benny", typed: "" });
  });

  it("takes a known customer's name away once the number is not theirs, giving back the typed one", () => {
    expect(nameForRecipient("Chloe Martin", "+16045550199", known, "Benny")).toEqual({ name: "Benny", typed: "" });
    expect(nameForRecipient("Chloe Martin", "+16045550199", known, "")).toEqual({ name: "", typed: "" });
  });
});
