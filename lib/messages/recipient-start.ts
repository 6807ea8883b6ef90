import { type CountryCode, getCountryCallingCode, Metadata } from "libphonenumber-js";
import { afterDigits, digitPattern } from "./recipient-pattern";

/**
 * What the digits typed so far can still become, by libphonenumber's metadata (the one the composer already loads):
 * - "whole": they match a number of their country code (validity itself is isValidPhoneNumber's to say);
 * - "growing": more digits could still make a number, so a number of the right length that is not valid yet
 *   (Germany, Austria, Italy, parts of the UK have several lengths) may simply not be finished;
 * - "impossible": no number with this country code starts like this, whatever follows.
 * Where the metadata's rules cannot be followed part-way (a national prefix rewritten into other digits), the
 * answer leans to "growing": an error shown late is a nuisance, one shown for a number being typed correctly is wrong.
 */
export type NumberStart = "whole" | "growing" | "impossible";

/**
 * The parts of libphonenumber's Metadata read here; its published types declare less than it has. A part a plan
 * lacks can come back as 0 rather than undefined, hence `Given` and `given()`.
 */
type Given = string | number | undefined;
const given = (part: Given): string | undefined => (typeof part === "string" && part !== "" ? part : undefined);

interface Plans {
  hasCallingCode(code: string): boolean;
  getCountryCodesForCallingCode(code: string): string[] | undefined;
  selectNumberingPlan(countryOrCode: string): Plans;
  numberingPlan: {
    nationalNumberPattern(): string;
    nationalPrefix(): Given;
    nationalPrefixForParsing(): Given;
    nationalPrefixTransformRule(): Given;
    IDDPrefix(): Given;
  };
}

let shared: Plans | undefined;
// One instance: selecting a plan only moves its cursor, and every use here is synchronous.
const plans = () => {
  shared ??= new Metadata() as unknown as Plans;
  return shared;
};

// E.164: at most 15 digits with the country code.
const E164_DIGITS = 15;

interface Reading {
  whole: boolean;
  more: boolean;
}
const NONE: Reading = { whole: false, more: false };
const ANYTHING: Reading = { whole: false, more: true };
const either = (a: Reading, b: Reading): Reading => ({ whole: a.whole || b.whole, more: a.more || b.more });

function matched(pattern: string, digits: string): Reading {
  try {
    return afterDigits(digitPattern(pattern), digits);
  } catch {
    return ANYTHING;
  }
}

/**
 * A national number as libphonenumber reads it: as typed, or after the national prefix it strips ("+44 (0)20 …",
 * whose 0 a person often keeps). A prefix rule that rewrites digits (Argentina's 15, Brazil's carrier codes) is
 * not followed part-way: while it could apply, anything may come.
 */
function nationalReading(plan: Plans["numberingPlan"], national: string): Reading {
  const general = plan.nationalNumberPattern();
  let reading = matched(general, national);
  const prefix = given(plan.nationalPrefix());
  if (prefix?.startsWith(national)) reading = either(reading, ANYTHING);
  const forParsing = given(plan.nationalPrefixForParsing()) ?? prefix;
  if (!forParsing) return reading;
  for (const option of forParsing.split("|")) {
    // "([457]\d{6})$": a whole local number, dialled without its area code (the Caribbean's +1 268 …).
    const local = /^\((.*)\)\$$/.exec(option);
    if (local?.[1]) {
      const typed = matched(local[1], national);
      reading = either(reading, { whole: typed.whole, more: typed.more });
      continue;
    }
    if (matched(option, national).more) reading = either(reading, ANYTHING);
    const rewrites = /\((?!\?:)/.test(option) && given(plan.nationalPrefixTransformRule());
    for (let length = 0; length <= national.length; length++) {
      if (!matched(option, national.slice(0, length)).whole) continue;
      reading = either(reading, rewrites ? ANYTHING : matched(general, national.slice(length)));
    }
  }
  return reading;
}

/** The country code that `digits` (after +) begin with; country codes are prefix-free, so there is at most one. */
export function callingCodeOf(digits: string, metadata: Plans = plans()): string | null {
  for (let length = 1; length <= 3 && length <= digits.length; length++) {
    const code = digits.slice(0, length);
    if (metadata.hasCallingCode(code)) return code;
  }
  return null;
}

/** The reading of `national` under every numbering plan of the calling code (+1 is the US's, Canada's, Jamaica's…). */
function readingFor(code: string, national: string, metadata: Plans): Reading {
  const countries = metadata.getCountryCodesForCallingCode(code) ?? [code];
  let reading = NONE;
  for (const country of countries) {
    reading = either(reading, nationalReading(metadata.selectNumberingPlan(country).numberingPlan, national));
  }
  return reading;
}

/**
 * The North American Numbering Plan's area codes start with 2-9, a documented rule simpler to state than to find in
 * the metadata: libphonenumber also takes a trunk 1 typed after +1 ("+1 1 604 …"), which nobody writes, so by its
 * rules alone "+1 123" could still become a number. (The exchange's 2-9 is not applied: the metadata has numbers,
 * St Lucia's +1 758 0…, that break it.)
 */
export const NANP_IMPOSSIBLE = /^[01]/;

/** The digits after + (country code first), judged as the start of a number. */
export function internationalStart(digits: string): NumberStart {
  const metadata = plans();
  const code = callingCodeOf(digits, metadata);
  if (code === null) return digits.length < 3 ? "growing" : "impossible";
  const national = digits.slice(code.length);
  if (code === "1" && NANP_IMPOSSIBLE.test(national)) return "impossible";
  const reading = national === "" ? ANYTHING : readingFor(code, national, metadata);
  const more = reading.more && digits.length < E164_DIGITS;
  if (reading.whole) return more ? "growing" : "whole";
  return more ? "growing" : "impossible";
}

/**
 * Digits typed without +, read as the composer reads them: the default country's national number (or an
 * international one dialled with its access code, "00 44 …", "011 44 …"), or else an international number
 * missing its +. "growing" when any of those readings could still become a number.
 */
export function nationalStart(digits: string, defaultCountry: CountryCode): NumberStart {
  const metadata = plans();
  const code = getCountryCallingCode(defaultCountry);
  const access = given(metadata.selectNumberingPlan(defaultCountry).numberingPlan.IDDPrefix()) ?? "";
  if (access && matched(access, digits).more) return "growing";
  for (let length = 1; length < digits.length; length++) {
    if (
      access &&
      matched(access, digits.slice(0, length)).whole &&
      internationalStart(digits.slice(length)) === "growing"
    ) {
      return "growing";
    }
  }
  const reading = readingFor(code, digits, metadata);
  const international = internationalStart(digits);
  if (reading.more || international === "growing") return "growing";
  return reading.whole || international === "whole" ? "whole" : "impossible";
}

/**
 * The shortest start of `digits` (after +) that no number has, for saying where a number went wrong, or null when
 * every start could still be one.
 */
export function firstImpossible(digits: string): string | null {
  // Every start of a possible one is possible too.
  if (internationalStart(digits) !== "impossible") return null;
  for (let length = 1; length <= digits.length; length++) {
    const start = digits.slice(0, length);
    if (internationalStart(start) === "impossible") return start;
  }
  return null;
}
