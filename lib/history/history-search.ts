import type { CountryCode } from "libphonenumber-js";
import { phoneMatch, type RecipientMatch } from "./recipient-match";

/** What one search box term looks for; see parseSearch. */
export type HistorySearch =
  /** A complete phone number: that customer's messages and nothing else. */
  | { kind: "number"; recipient: string }
  | {
      kind: "text";
      /** Every word must appear in the name, campaign or message (any case). */
      words: string[];
      /** The term whole, compared with our message id and Connectly's. */
      id: string;
      /** When the term is the start of a number ("+1 604", "604 444"). */
      recipientPrefix?: string;
    };

/**
 * Reads the history search box: a number in any pasted form, a customer or campaign name, a Connectly id, or words of
 * the message. Undefined for a blank box.
 */
export function parseSearch(input: string, country: CountryCode): HistorySearch | undefined {
  const term = input.trim();
  if (term === "") return undefined;
  const phone: RecipientMatch | null = phoneMatch(term, country);
  if (phone && "exact" in phone) return { kind: "number", recipient: phone.exact };
  return {
    kind: "text",
    words: term.split(/\s+/),
    id: term,
    recipientPrefix: phone && "prefix" in phone ? phone.prefix : undefined,
  };
}
