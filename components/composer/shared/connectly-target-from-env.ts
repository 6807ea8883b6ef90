import "server-only";
import { inProcessSandbox } from "@/lib/connectly";
import { demoCustomerSuggestions } from "@/lib/connectly/sandbox/demo-customers";
import { env } from "@/lib/env";
import type { ConnectlyTarget } from "./connectly-target";

/**
 * What a page's composers know of the Connectly configuration (never the key), for ConnectlyTargetProvider. In
 * sandbox mode it also opens the built-in simulator, whose demo customers write on its first start: a newcomer's
 * first page is a composer, and the customers it offers must have written by the time they send.
 */
export async function connectlyTargetFromEnv(): Promise<ConnectlyTarget> {
  const config = env();
  const sandbox = config.mode === "sandbox";
  if (sandbox) await inProcessSandbox();
  return {
    baseUrl: config.baseUrl,
    businessId: config.businessId,
    sandbox,
    defaultCountry: config.defaultCountry,
    // The sandbox's demo customers, whose windows are open, so a first send works.
    recipientSuggestions: sandbox ? demoCustomerSuggestions() : undefined,
  };
}
