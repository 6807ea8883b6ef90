"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { SendOutcome } from "@/lib/sending/send-outcome";

/**
 * What a page around a composer may hear of its sends, without the composers knowing about it: the Inbox's thread
 * draws a bubble the moment Send is pressed (the valid request) and then the real outcome, and keeps "Send a
 * template instead" in the conversation.
 */
export interface ComposerEvents {
  onSubmit?: (request: object) => void;
  onResult?: (outcome: SendOutcome) => void;
  /** Takes the focus after a successful send, in place of the outcome box below Send: a conversation shows it. */
  revealSent?: () => void;
  /** A page with a template composer of its own (a conversation) switches to it, rather than leave for /compose. */
  onTemplateInstead?: () => void;
}

const EventsContext = createContext<ComposerEvents>({});

export function ComposerEventsProvider({ events, children }: { events: ComposerEvents; children: ReactNode }) {
  return <EventsContext.Provider value={events}>{children}</EventsContext.Provider>;
}

export function useComposerEvents(): ComposerEvents {
  return useContext(EventsContext);
}
