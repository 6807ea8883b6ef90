/**
 * The sandbox's record of when each customer last wrote to each business number, so it refuses a session message
 * outside the 24-hour window exactly when the app's window badge (lib/whatsapp/window.ts) says it is closed. It is
 * updated by every inbound message the sandbox plays to the app's webhook, and can be primed from the app's own
 * record (the in-process sandbox is, at start-up).
 */

// The same 24 hours as lib/whatsapp/window.ts; not imported, because the standalone server runs under plain tsx
// without the app's "@/" alias.
const WINDOW_MS = 24 * 60 * 60 * 1000;

export interface CustomerWrote {
  customer: string;
  /** The business number written to; '' when not known, which counts for every number (as the badge does). */
  businessNumber: string;
  at: Date;
}

export interface CustomerWindows {
  /** Keeps the later of what is known and this message. */
  remember(wrote: CustomerWrote): void;
  /** Forgets everything and takes these instead. */
  replace(all: CustomerWrote[]): void;
  /**
   * Whether a session message to the customer may go out now. Without a sender, Connectly's default number may be
   * any of the business's numbers, so a message to any of them counts, as for the badge.
   */
  isOpen(customer: string, sender: string | undefined, now: Date): boolean;
}

export function createCustomerWindows(): CustomerWindows {
  const last = new Map<string, Map<string, Date>>();

  function remember({ customer, businessNumber, at }: CustomerWrote): void {
    const numbers = last.get(customer) ?? new Map<string, Date>();
    const known = numbers.get(businessNumber);
    if (!known || known < at) numbers.set(businessNumber, at);
    last.set(customer, numbers);
  }

  return {
    remember,
    replace(all) {
      last.clear();
      for (const wrote of all) remember(wrote);
    },
    isOpen(customer, sender, now) {
      const numbers = last.get(customer);
      if (!numbers) return false;
      for (const [number, at] of numbers) {
        if (sender && number !== sender && number !== "") continue;
        if (at.getTime() + WINDOW_MS > now.getTime()) return true;
      }
      return false;
    },
  };
}
