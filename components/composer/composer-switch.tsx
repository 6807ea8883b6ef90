"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import type { MessageType } from "@/lib/messages/request";

export interface ComposerProps {
  senders: string[];
}

// Each composer is its own chunk, so a route loads only the schema, fields and preview of its own message type.
const COMPOSERS: Partial<Record<MessageType, ComponentType<ComposerProps>>> = {
  text: dynamic(() => import("./text-composer").then((m) => m.TextComposer)),
};

export function ComposerSwitch({ type, senders }: { type: MessageType } & ComposerProps) {
  const Composer = COMPOSERS[type];
  return Composer ? <Composer senders={senders} /> : null;
}
