import { SANDBOX_BUSINESS_NUMBER } from "./constants";
import { BSUID, E164, isObject, isPhoneNumber } from "./validation";
import { type InboundMessageEvent, party, unixSeconds } from "./webhook-playback";

/** A customer writing to the business, as Sandbox.simulateInbound() plays it. */
export interface SimulatedInbound {
  /** The customer's E.164 number or BSUID. */
  customer: string;
  /** The business number written to; the sandbox's own number when left out. */
  businessNumber?: string;
  text: string;
  /** The customer's WhatsApp profile name. */
  customerName?: string;
}

/** What is wrong with a simulated inbound message, in one sentence; undefined when nothing is. */
export function inboundProblem(value: unknown): string | undefined {
  if (!isObject(value)) return "expected a JSON object {customer, businessNumber?, text, customerName?}";
  const { customer, businessNumber, text, customerName } = value;
  if (typeof customer !== "string" || !(isPhoneNumber(customer) || BSUID.test(customer))) {
    return `customer must be an E.164 phone number or a BSUID, got ${JSON.stringify(customer ?? null)}`;
  }
  if (businessNumber !== undefined && (typeof businessNumber !== "string" || !E164.test(businessNumber))) {
    return `businessNumber must be an E.164 phone number, got ${JSON.stringify(businessNumber)}`;
  }
  if (typeof text !== "string" || text.trim() === "") return "text must be a non-empty string";
  if (customerName !== undefined && typeof customerName !== "string") return "customerName must be a string";
  return undefined;
}

export function inboundEvent(inbound: SimulatedInbound, at: Date): InboundMessageEvent {
  return {
    timestamp: unixSeconds(at),
    sender: party(inbound.customer, inbound.customerName ?? null),
    recipient: party(inbound.businessNumber ?? SANDBOX_BUSINESS_NUMBER),
    message: { text: inbound.text },
  };
}
