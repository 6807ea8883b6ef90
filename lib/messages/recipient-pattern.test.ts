import fc from "fast-check";
import metadata from "libphonenumber-js/metadata.min.json";
import { describe, expect, it } from "vitest";
import { afterDigits, digitPattern } from "./recipient-pattern";

// Every national number pattern the composer's metadata holds, the general one and each type's.
const patterns = [
  ...new Set(
    [...Object.values(metadata.countries), ...Object.values(metadata.nonGeographic)].flatMap((plan) => {
      const types = (Array.isArray(plan[11]) ? plan[11] : []) as unknown[];
      const typed = types.flatMap((type) => (Array.isArray(type) && typeof type[0] === "string" ? [type[0]] : []));
      return [plan[2] as string, ...typed];
    }),
  ),
];

const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 16 });

describe("digitPattern", () => {
  it("reads every pattern of the metadata", () => {
    for (const pattern of patterns) expect(() => digitPattern(pattern), pattern).not.toThrow();
  });

  it("refuses syntax the metadata does not use rather than misreading it", () => {
    expect(() => digitPattern("\\d+")).toThrow();
    expect(() => digitPattern("[a-z]")).toThrow();
    expect(() => digitPattern("(12")).toThrow();
  });
});

describe("afterDigits", () => {
  it("calls digits a whole match exactly when the pattern matches them entirely", () => {
    fc.assert(
      fc.property(fc.constantFrom(...patterns), digits, (pattern, typed) => {
        expect(afterDigits(digitPattern(pattern), typed).whole).toBe(new RegExp(`^(?:${pattern})$`).test(typed));
      }),
      { numRuns: 3000 },
    );
  });

  it("lets every start of a match go on", () => {
    const matching = fc
      // fast-check cannot generate from an empty pattern (a plan with no numbers).
      .constantFrom(...patterns.filter((pattern) => pattern !== ""))
      .chain((pattern) => fc.tuple(fc.constant(pattern), fc.stringMatching(new RegExp(`^(?:${pattern})$`))));
    fc.assert(
      fc.property(matching, ([pattern, whole]) => {
        const compiled = digitPattern(pattern);
        expect(afterDigits(compiled, whole).whole).toBe(true);
        for (let length = 0; length < whole.length; length++) {
          expect(afterDigits(compiled, whole.slice(0, length)).more).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("says when nothing can follow", () => {
    const nanp = digitPattern("[2-9]\\d{2}");
    expect(afterDigits(nanp, "1")).toEqual({ whole: false, more: false });
    expect(afterDigits(nanp, "60")).toEqual({ whole: false, more: true });
    expect(afterDigits(nanp, "604")).toEqual({ whole: true, more: false });
    expect(afterDigits(digitPattern("49(?:[34]0|69)\\d\\d?"), "49301")).toEqual({ whole: true, more: true });
  });
});
