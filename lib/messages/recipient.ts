import { isValidPhoneNumber } from "libphonenumber-js";
import { BSUID_MAX_LENGTH } from "./limits";

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
  if (/^\d/.test(id)) return "Start the number with + and the country code, e.g. +16044441111.";
  if (/[\s()-]/.test(id)) return "Write the number without spaces or punctuation, e.g. +16044441111.";
  if (id.startsWith("+")) return "This is not a valid phone number for its country code.";
  return "Enter an E.164 number (+16044441111) or a BSUID (US.13491208655302741918).";
}
