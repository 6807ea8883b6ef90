import { AsYouType, type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js";
import { asInternational } from "@/lib/messages/recipient";

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
  const text = cleanPaste(input);
  if (!PHONE_LIKE.test(text)) return null;
  const digits = text.replace(/\D/g, "");
  const international = text.startsWith("+");
  const full = validE164(text, country) ?? (international ? undefined : validE164(asInternational(digits), country));
  if (full) return { exact: full };
  if (international) return { prefix: `+${digits}` };
  const typed = new AsYouType(country);
  typed.input(text);
  const partial = typed.getNumberValue();
  return partial ? { prefix: partial } : null;
}

/** The recipient filter: a number in any form, or the start of a BSUID (US.1349…) or number, as typed. */
export function recipientMatch(input: string, country: CountryCode): RecipientMatch | undefined {
  const text = cleanPaste(input);
  if (text === "") return undefined;
  return phoneMatch(text, country) ?? { prefix: text };
}

function validE164(text: string, country: CountryCode): string | undefined {
  const number = parsePhoneNumberFromString(text, country);
  return number?.isValid() ? number.number : undefined;
}

/**
 * What a copied number brings along besides digits: invisible direction marks (a phone's contact card, a right-to-left
 * page), typographic dashes, a full-width plus, a tel: link's scheme.
 */
function cleanPaste(input: string): string {
  return input
    .replace(/\p{Cf}/gu, "")
    .replace(/\p{Pd}/gu, "-")
    .replace(/\uFF0B/g, "+")
    .trim()
    .replace(/^tel:/i, "");
}
