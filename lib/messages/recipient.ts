import {
  type CountryCode,
  isValidPhoneNumber,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from "libphonenumber-js";
import { BSUID_MAX_LENGTH } from "./limits";
import { callingCodeOf, firstImpossible, internationalStart, nationalStart } from "./recipient-start";

/**
 * The shape of an E.164 number. Business (sender) numbers are checked only against this: they come from the
 * business's own configuration, and Connectly's documentation itself uses numbers such as +14151111234 that
 * libphonenumber considers unassigned.
 */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

/** A Business-Scoped User ID: ISO country code, a dot, alphanumerics (US.13491208655302741918). */
export const BSUID_PATTERN = /^[A-Z]{2}\.[A-Za-z0-9]+$/;

export type RecipientKind = "phone" | "bsuid";

/** Classifies a recipient id, or returns null when it is neither a real E.164 number nor a BSUID. */
export function recipientKind(id: string): RecipientKind | null {
  if (id.length <= BSUID_MAX_LENGTH && BSUID_PATTERN.test(id)) return "bsuid";
  if (E164_PATTERN.test(id) && isValidPhoneNumber(id)) return "phone";
  return null;
}

/** Why a recipient id is refused, in words a person can act on. */
export function recipientProblem(id: string): string | null {
  if (id === "") return "Enter the customer's WhatsApp number or BSUID.";
  if (recipientKind(id)) return null;
  if (BSUID_PATTERN.test(id)) return `A BSUID has at most ${BSUID_MAX_LENGTH} characters; check what was pasted.`;
  if (/\p{Cc}/u.test(id)) return "Remove the line break or invisible character from the recipient.";
  // Digits without + that the default country's rules did not make a whole number of (the composer reads them so
  // before this check): most often a number not finished yet, sometimes one from another country.
  if (/^\d/.test(id)) {
    return "Not a whole phone number: add the rest of the digits, or start with + and the country code (+16044441111).";
  }
  if (id.startsWith("+")) return phoneProblem(id);
  return "Enter an E.164 number (+16044441111) or a BSUID (US.13491208655302741918).";
}

/**
 * Checked as the keys pause, so a number still being typed is said to be short rather than invalid; the length is
 * judged by the rules of the number's country code, and a start no number of that code has is named as such.
 */
function phoneProblem(id: string): string {
  const digits = id.replace(/\D/g, "");
  // E.164 allows 15 digits, whatever a country's own rules would take.
  if (digits.length > 15) return TOO_MANY;
  const length = validatePhoneNumberLength(id);
  if (length === "INVALID_COUNTRY") return "No country has this code: check the digits after the +.";
  if (length === "TOO_LONG") return TOO_MANY;
  const wrong = firstImpossible(digits);
  if (wrong !== null) {
    // A whole number with a digit too many is too long, not wrongly begun.
    if (internationalStart(wrong.slice(0, -1)) !== "growing") return TOO_MANY;
    return impossibleStart(wrong);
  }
  if (length === "TOO_SHORT") return "Too short for a phone number with this country code: add the rest of the digits.";
  if (internationalStart(digits) === "growing") {
    return "Not a valid phone number for this country code yet: check the digits, or add the rest.";
  }
  return "This is not a valid phone number for its country code.";
}

const TOO_MANY = "Too many digits for a phone number with this country code.";

/** Where a number went wrong: `start` is its digits (after +) up to the first one no number of its code has. */
function impossibleStart(start: string): string {
  const code = callingCodeOf(start) ?? "";
  if (code === "1") {
    return "No +1 number starts like this: its area code starts with 2-9 (+1 604 444 1111).";
  }
  return `No +${code} number starts with ${start.slice(code.length)}: check the digits after +${code}.`;
}

// Digits with the punctuation people paste numbers with: "+1 (604) 444-1111", "+1.604.444.1111", "604/444 1111".
const PHONE_LIKE = /^\+?[\d\s().\-/]+$/;
// Far longer than any number written out; a longer text is not read at all.
const PHONE_TEXT_MAX = 40;

/** A pasted number's invisible marks (WhatsApp's copy adds direction marks) and typographic dashes and spaces. */
function plainText(input: string): string {
  return input
    .replace(/\p{Cf}/gu, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * The E.164 number a typed or pasted phone number stands for, or null when it is not a complete, valid number
 * (or is a BSUID, which is sent as typed). A number without + is read with `defaultCountry`'s rules
 * ("1 604 444 1111" and "604 444 1111" in the US), or else as an international number missing its +.
 * Pure: the browser passes the server's DEFAULT_COUNTRY as a value, and the server calls it with its own.
 */
export function normalizeRecipient(input: string, defaultCountry: CountryCode): string | null {
  if (input.length > PHONE_TEXT_MAX * 2) return null;
  const text = plainText(input);
  if (text.length > PHONE_TEXT_MAX || !PHONE_LIKE.test(text) || !/\d/.test(text)) return null;
  const number = parsePhoneNumberFromString(text, defaultCountry);
  if (number?.isValid()) return number.number;
  if (text.startsWith("+")) return null;
  const international = parsePhoneNumberFromString(asInternational(text.replace(/\D/g, "")));
  return international?.isValid() ? international.number : null;
}

/**
 * Digits written without + as an international number: "00", the call prefix most of the world dials before a
 * country code ("0044 20 7946 0958", "001 604 444 1111"), stands for the +. libphonenumber reads it only when it is
 * the default country's own prefix (not the US's, whose is 011), and no country's number starts with 00.
 */
export function asInternational(digits: string): string {
  return `+${digits.startsWith("00") ? digits.slice(2) : digits}`;
}

/**
 * The form's or a request's values with the recipient as it will be sent: the schemas check E.164 strictly, and
 * this is what lets them accept the forms people paste. Anything not a number is left for the schema to explain.
 */
export function withNormalizedRecipient<T>(values: T, defaultCountry: CountryCode): T {
  const recipient = (values as { recipient?: { id?: unknown } } | null)?.recipient;
  if (typeof recipient?.id !== "string") return values;
  const id = normalizeRecipient(recipient.id, defaultCountry);
  if (id === null || id === recipient.id) return values;
  return { ...values, recipient: { ...recipient, id } };
}

// What a BSUID looks like before its first digit: "U", "US", "US.".
const BSUID_BEGUN = /^[A-Z]{0,2}$|^[A-Z]{2}\.$/;

/**
 * Whether a refused recipient may simply not be finished: the start of a number that more digits could make whole
 * (also one of a valid length that could grow into another: Germany's, Austria's, Italy's numbers have several
 * lengths), or of a BSUID. Such input waits for Send before it is called wrong, since while the person types it is
 * no mistake; letters, a code no country has, a start no number has ("+1 123") or too many digits are wrong
 * whatever follows. Judged on the text as typed.
 */
export function recipientUnfinished(input: string, defaultCountry: CountryCode): boolean {
  const text = plainText(input);
  if (recipientKind(text)) return false;
  if (BSUID_BEGUN.test(text) || text === "+") return true;
  if (text.length > PHONE_TEXT_MAX || !PHONE_LIKE.test(text)) return false;
  const digits = text.replace(/\D/g, "");
  if (text.startsWith("+")) return internationalStart(digits) === "growing";
  // Without +, the composer reads the digits with the default country's rules or else as an international number.
  return normalizeRecipient(text, defaultCountry) === null && nationalStart(digits, defaultCountry) === "growing";
}

/** A number whose customer's name is known (the sandbox's demo customers, offered as the Recipient's suggestions). */
export interface KnownCustomer {
  number: string;
  name?: string;
}

/** The Recipient name, and a name typed earlier to give back should a known customer's name take its place. */
export interface NameChoice {
  name: string;
  typed: string;
}

/**
 * The Recipient name once the Recipient has become `number`. A customer whose name is known brings it, over a
 * typed one too: a typed name would be sent, and found in history, as that customer's. Another known customer's name
 * goes once the number is not theirs; the name typed before it comes back, so a number that was mistyped into a
 * known one and then fixed loses nothing. A typed name otherwise stays: the person may be fixing a typo in the number.
 */
export function nameForRecipient(
  current: string,
  number: string,
  known: readonly KnownCustomer[],
  typed: string,
): NameChoice {
  const knownName = known.find((customer) => customer.number === number)?.name;
  const someones = current !== "" && known.some((customer) => customer.name === current);
  if (knownName) return { name: knownName, typed: someones ? typed : current };
  if (someones) return { name: typed, typed: "" };
  return { name: current, typed };
}
