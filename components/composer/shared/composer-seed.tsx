"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { EnvelopeValues } from "@/lib/messages/envelope";

/** Who a reply goes to and from, when the page decides it (an inbox thread: its customer and the number they wrote to). */
export interface FixedEnvelopeSeed {
  customer: string;
  customerName: string | null;
  /** Empty when Connectly did not report it: then the composer still asks for the sender. */
  businessNumber: string;
}

/**
 * What the page around a composer tells it: values to open with instead of its draft ("Edit as new" from history,
 * or a recipient carried over from another page), where its drafts live, and what the page shows itself. Given by
 * the page, read by the shell, so the per-type composers need not know about it.
 */
export interface ComposerSeed {
  values?: unknown;
  /** What the seed came from, shown to the person ("Copied from the message sent …"). */
  origin?: string;
  /**
   * Keeps the composer's drafts apart from /compose's under this name (an inbox thread's). With a scope, `values`
   * are where a new draft starts: a draft saved under the scope is restored over them, so a reload mid-reply keeps it.
   */
  draftScope?: string;
  /** The page has its own "Simulate customer reply" (an inbox thread, under its messages), so the composer's is left out. */
  simulateReplyOnPage?: boolean;
  /**
   * Shown instead of the Recipient and Sender fields, and what a send goes to (`withFixedEnvelope`); the values seed
   * the same address so that the JSON panel shows it before Send.
   */
  fixedEnvelope?: FixedEnvelopeSeed;
}

const SeedContext = createContext<ComposerSeed>({});

export function ComposerSeedProvider({ seed, children }: { seed: ComposerSeed; children: ReactNode }) {
  return <SeedContext.Provider value={seed}>{children}</SeedContext.Provider>;
}

export function useComposerSeed(): ComposerSeed {
  return useContext(SeedContext);
}

/**
 * The values addressed as the page fixed them. The form is seeded with the same address, but a draft restored over
 * the seed, or a template's own defaults, must never send a conversation's reply anywhere else.
 */
export function withFixedEnvelope<V extends EnvelopeValues>(values: V, fixed: FixedEnvelopeSeed | undefined): V {
  if (!fixed) return values;
  return {
    ...values,
    recipient: { ...values.recipient, id: fixed.customer },
    senderId: fixed.businessNumber || values.senderId,
  };
}
