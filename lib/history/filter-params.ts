import type { CountryCode } from "libphonenumber-js";
import type { HistoryFilter } from "@/lib/db/queries";
import { type HistoryMessageType, MESSAGE_STATUSES, type MessageStatus } from "@/lib/db/schema";
import { MESSAGE_TYPES } from "@/lib/messages/registry";
import { parseSearch } from "./history-search";
import { recipientMatch } from "./recipient-match";

/** The history filters as they sit in the URL (/history?q=…&status=…), shared by the page and the CSV export. */
export interface HistoryFilterValues {
  q?: string;
  status?: string;
  type?: string;
  recipient?: string;
  /** A person's user id: what they sent. */
  sentBy?: string;
}

export const FILTER_KEYS = [
  "q",
  "status",
  "type",
  "recipient",
  "sentBy",
] as const satisfies (keyof HistoryFilterValues)[];

const TYPES: readonly string[] = [...MESSAGE_TYPES, "template"];

/** Reads the URL's filters; an unknown status or type is ignored rather than matching nothing. */
export function historyFilterFrom(values: HistoryFilterValues, country: CountryCode): HistoryFilter {
  return {
    status: (MESSAGE_STATUSES as readonly string[]).includes(values.status ?? "")
      ? (values.status as MessageStatus)
      : undefined,
    messageType: TYPES.includes(values.type ?? "") ? (values.type as HistoryMessageType) : undefined,
    recipient: recipientMatch(values.recipient ?? "", country),
    search: parseSearch(values.q ?? "", country),
    // A user id is opaque: one that names nobody matches nothing.
    sentBy: values.sentBy?.trim() || undefined,
  };
}

/** The filter values of URLSearchParams, for route handlers. */
export function filterValuesOf(params: URLSearchParams): HistoryFilterValues {
  const values: HistoryFilterValues = {};
  for (const key of FILTER_KEYS) values[key] = params.get(key) ?? undefined;
  return values;
}
