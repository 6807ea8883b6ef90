import { reservedNumberFor } from "./reserved";
import type { SimulatedInbound } from "./simulated-inbound";

/**
 * The customers who "wrote recently" when the sandbox starts, so a first send works out of the box and the Inbox
 * has something in it: a text, a button reply to the business's earlier message, and an image. The window-closed
 * reserved number wrote 25 hours ago, so its window is closed by the same rule as everyone's. The opted-out one
 * wrote "STOP" recently, as a customer who opts out does: their window is open, so a session message to them gets
 * as far as the simulator and shows its opted-out error, rather than first the composer's closed-window question.
 * Listed in the README.
 */
export interface DemoCustomer {
  number: string;
  name: string;
  /** What the README and the Recipient field's suggestions say about them. */
  description: string;
}

export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  { number: "+16044441111", name: "Ada Lovelace", description: "wrote a text 5 minutes ago" },
  { number: "+16045550122", name: "Ben Okafor", description: "tapped a reply button 12 minutes ago" },
  { number: "+16045550123", name: "Chloe Martin", description: "sent a photo 30 minutes ago" },
  { number: reservedNumberFor("window-closed"), name: "Dan Window", description: "wrote 25 hours ago: window closed" },
  { number: reservedNumberFor("opted-out"), name: "Oscar Optout", description: "wrote STOP 40 minutes ago: opted out" },
];

/** The Recipient field's suggestions in sandbox mode. */
export function demoCustomerSuggestions(): { number: string; label: string; name: string }[] {
  return DEMO_CUSTOMERS.map((customer) => ({
    number: customer.number,
    label: `${customer.name}, ${customer.description}`,
    name: customer.name,
  }));
}

const MINUTE = 60_000;
const [ada, ben, chloe, dan, oscar] = DEMO_CUSTOMERS as [
  DemoCustomer,
  DemoCustomer,
  DemoCustomer,
  DemoCustomer,
  DemoCustomer,
];

/** Ben's earlier message from the business, which his button reply answers. */
export const DEMO_OFFER_ID = "demo-delivery-offer";

/**
 * Their messages, oldest first. Ada writes to every business number, so the Recipient field's placeholder works
 * whichever sender is picked; the others write to the first. The ids are fixed, so that playing them again (a
 * restarted standalone sandbox) is recognised by the app as the same messages.
 */
export function demoMessages(businessNumbers: readonly string[], now: Date): SimulatedInbound[] {
  const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE);
  const [first, ...others] = businessNumbers.length > 0 ? businessNumbers : [undefined];
  const to = (number: string | undefined) => (number ? { businessNumber: number } : {});
  return [
    {
      customer: dan.number,
      customerName: dan.name,
      ...to(first),
      text: "Hello, I ordered a lamp last week.",
      messageId: "demo-dan-1",
      at: ago(25 * 60),
    },
    {
      customer: oscar.number,
      customerName: oscar.name,
      ...to(first),
      text: "STOP",
      messageId: "demo-oscar-1",
      at: ago(40),
    },
    {
      customer: ben.number,
      customerName: ben.name,
      ...to(first),
      echo: true,
      text: "Your parcel arrives tomorrow between 9 and 12. Does that suit you?",
      messageId: DEMO_OFFER_ID,
      at: ago(20),
    },
    {
      customer: ben.number,
      customerName: ben.name,
      ...to(first),
      buttonResponse: { text: "Change the time", payload: "change-time" },
      replyToId: DEMO_OFFER_ID,
      messageId: "demo-ben-1",
      at: ago(12),
    },
    {
      customer: chloe.number,
      customerName: chloe.name,
      ...to(first),
      attachment: { type: "image", url: "https://picsum.photos/id/1060/600/400" },
      text: "The box arrived like this",
      messageId: "demo-chloe-1",
      at: ago(30),
    },
    ...[first, ...others].map((number, i) => ({
      customer: ada.number,
      customerName: ada.name,
      ...to(number),
      text: "Hi, is my order on its way?",
      messageId: `demo-ada-${i + 1}`,
      at: ago(5),
    })),
  ];
}
