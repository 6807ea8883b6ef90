"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { DeliveryStatus } from "./ticks";

interface Sent {
  /** When it was sent, ISO 8601: the bubble shows it in the reader's zone. */
  at: string;
  status: DeliveryStatus;
}

const SentContext = createContext<Sent | null>(null);

/**
 * Draws the previews inside as a message already sent (history's detail page): every MessageFrame stamps its bubble
 * with the time it was sent and its delivery ticks, instead of the clock and a single tick of a message being typed.
 */
export function SentMessage({ at, status, children }: Sent & { children: ReactNode }) {
  return <SentContext value={{ at, status }}>{children}</SentContext>;
}

export function useSentMessage(): Sent | null {
  return useContext(SentContext);
}
