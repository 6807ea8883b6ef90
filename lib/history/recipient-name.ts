/** The name history shows under a number, and whether it is the customer's own name on WhatsApp. */
export interface ShownName {
  name: string;
  fromWhatsApp: boolean;
}

/**
 * The Recipient name typed with the send wins: the sender chose it for this message. Without one, the name the
 * customer writes with on WhatsApp (customer_names), said to be that, since it is theirs and may change.
 */
export function shownName(typed: string | null | undefined, whatsApp: string | null | undefined): ShownName | null {
  const own = typed?.trim();
  if (own) return { name: own, fromWhatsApp: false };
  const theirs = whatsApp?.trim();
  return theirs ? { name: theirs, fromWhatsApp: true } : null;
}
