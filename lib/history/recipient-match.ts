import { AsYouType, type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js";

/** How a typed recipient picks history rows: one customer's number, or every number starting with a prefix. */
export type RecipientMatch = { exact: string } | { prefix: string };

// Digits with the punctuation people paste numbers with: "+1 (604) 444-1111", "604.444.1111", "0044/20 7946".
const PHONE_LIKE = /^\+?[\d\s().\-/]*\d[\d\s().\-/]*$/;

/**
 * Reads a phone number in any pasted form. A complete number (valid for its country; without +, read as a number of
 * `country`, or else as an international number missing its +) matches exactly, as the E.164 history stores; a
 * partial one matches as a prefix, "604" being "+1604" in the US. Null when the text is not number-like at all.
 */
export function phoneMatch(input: string, country: CountryCode): RecipientMatch | null {
  const text = input.trim();
  if (!PHONE_LIKE.test(text)) return null;
  const digits = text.replace(/\D/g, "");
  const international = text.startsWith("+");
  const full = validE164(text, country) ?? (international ? undefined : validE164(`+${digits}`, country));
  if (full) return { exact: full };
  if (international) return { prefix: `+${digits}` };
  const typed = new AsYouType(country);
  typed.input(text);
  const partial = typed.getNumberValue();
  return partial ? { prefix: partial } : null;
}

/** The recipient filter: a number in any form, or the start of a BSUID (US.1349…) or number, as typed. */
export function recipientMatch(input: string, country: CountryCode): RecipientMatch | undefined {
  const text = input.trim();
  if (text === "") return undefined;
  return phoneMatch(text, country) ?? { prefix: text };
}

function validE164(text: string, country: CountryCode): string | undefined {
  const number = parsePhoneNumberFromString(text, country);
  return number?.isValid() ? number.number : undefined;
}
