import "server-only";
import { demoCustomerSuggestions } from "@/lib/connectly/sandbox/demo-customers";
import { env } from "@/lib/env";
import type { ConnectlyTarget } from "./connectly-target";

/** What a page's composers know of the Connectly configuration (never the key), for ConnectlyTargetProvider. */
export function connectlyTargetFromEnv(): ConnectlyTarget {
  const config = env();
  const sandbox = config.mode === "sandbox";
  return {
    baseUrl: config.baseUrl,
    businessId: config.businessId,
    sandbox,
    defaultCountry: config.defaultCountry,
    // The sandbox's demo customers, whose windows are open, so a first send works.
    recipientSuggestions: sandbox ? demoCustomerSuggestions() : undefined,
  };
}
