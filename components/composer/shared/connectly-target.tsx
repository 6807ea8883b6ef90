"use client";

import type { CountryCode } from "libphonenumber-js";
import { createContext, type ReactNode, useContext } from "react";
import { allowHttpMedia } from "@/lib/messages/media-url";

export interface ConnectlyTarget {
  baseUrl: string;
  businessId: string;
  /** Sends go to the simulator: offer what only the simulator can do, such as a simulated customer reply. */
  sandbox?: boolean;
  /** How a recipient typed without + is read (DEFAULT_COUNTRY); the server reads it the same way. */
  defaultCountry: CountryCode;
  /** Numbers offered in the Recipient field: the sandbox's demo customers, whose windows are open. */
  recipientSuggestions?: RecipientSuggestion[];
}

export interface RecipientSuggestion {
  number: string;
  label: string;
  /** The customer's name, which picking the number puts in an empty Recipient name. */
  name?: string;
}

const TargetContext = createContext<ConnectlyTarget>({
  baseUrl: "https://api.connectly.ai",
  businessId: "YOUR_BUSINESS_ID",
  defaultCountry: "US",
});

/** Where "Copy as cURL" points, and how numbers are read: public facts only, never the key. */
export function ConnectlyTargetProvider({ target, children }: { target: ConnectlyTarget; children: ReactNode }) {
  // The same rule as the server's: http:// media only against the sandbox, which never fetches it.
  allowHttpMedia(Boolean(target.sandbox));
  return <TargetContext.Provider value={target}>{children}</TargetContext.Provider>;
}

export function useConnectlyTarget(): ConnectlyTarget {
  return useContext(TargetContext);
}
