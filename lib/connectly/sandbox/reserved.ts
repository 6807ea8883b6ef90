/**
 * Recipient numbers that make the sandbox misbehave on purpose, so every failure path of the app can be
 * tried by hand and by tests. All are US fictional 201-555-01xx numbers: valid per libphonenumber, never
 * anybody's phone.
 */
export type ReservedBehaviour =
  | "window-closed"
  | "rate-limited"
  | "server-error"
  | "accepted-then-unavailable"
  | "never-answers"
  | "opted-out"
  | "fails-delivery-later";

export interface ReservedNumber {
  number: string;
  behaviour: ReservedBehaviour;
  description: string;
}

export const RESERVED_NUMBERS: readonly ReservedNumber[] = [
  {
    number: "+12015550101",
    behaviour: "window-closed",
    description:
      "24-hour window closed: session messages get 400 ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW, " +
      "templates go through",
  },
  {
    number: "+12015550129",
    behaviour: "rate-limited",
    description: "always 429 Too Many Requests with Retry-After: 1",
  },
  {
    number: "+12015550150",
    behaviour: "server-error",
    description: "always 500 internal error; nothing is sent",
  },
  {
    number: "+12015550153",
    behaviour: "accepted-then-unavailable",
    description:
      "takes the message (its delivery events follow, with callbackData echoed) but answers 503, as when Connectly " +
      "fails after queueing it",
  },
  {
    number: "+12015550108",
    behaviour: "never-answers",
    description: "never answers in time: hangs, then 504",
  },
  {
    number: "+12015550107",
    behaviour: "opted-out",
    description: "customer opted out: 400 ERROR_CODE_MESSAGE_CUSTOMER_OPTED_OUT",
  },
  {
    number: "+12015550144",
    behaviour: "fails-delivery-later",
    description: "accepted now; with a webhook, sent then delivery_failed (ERROR_CODE_MESSAGE_PHONE_NUMBER_INVALID)",
  },
];

export function reservedBehaviourOf(recipientId: string): ReservedBehaviour | undefined {
  return RESERVED_NUMBERS.find((reserved) => reserved.number === recipientId)?.behaviour;
}

export function reservedNumberFor(behaviour: ReservedBehaviour): string {
  const reserved = RESERVED_NUMBERS.find((entry) => entry.behaviour === behaviour);
  if (!reserved) throw new Error(`no reserved number behaves as ${behaviour}`);
  return reserved.number;
}

/** The send itself succeeds; the delivery lifecycle (webhook playback) is what must report the failure. */
export function willFailDelivery(recipientId: string): boolean {
  return reservedBehaviourOf(recipientId) === "fails-delivery-later";
}
