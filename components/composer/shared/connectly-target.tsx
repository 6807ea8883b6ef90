"use client";

import { createContext, type ReactNode, useContext } from "react";

export interface ConnectlyTarget {
  baseUrl: string;
  businessId: string;
  /** Sends go to the simulator: offer what only the simulator can do, such as a simulated customer reply. */
  sandbox?: boolean;
}

const TargetContext = createContext<ConnectlyTarget>({
  baseUrl: "https://api.connectly.ai",
  businessId: "YOUR_BUSINESS_ID",
});

/** Where "Copy as cURL" points: public facts only (the base URL and business id), never the key. */
export function ConnectlyTargetProvider({ target, children }: { target: ConnectlyTarget; children: ReactNode }) {
  return <TargetContext.Provider value={target}>{children}</TargetContext.Provider>;
}

export function useConnectlyTarget(): ConnectlyTarget {
  return useContext(TargetContext);
}
