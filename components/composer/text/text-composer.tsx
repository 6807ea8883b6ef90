"use client";

import type { ComposerProps } from "@/components/composer/shared/message-parts";
import { SessionComposer } from "@/components/composer/shared/session-composer";
import { textMessage } from "@/lib/messages/text";
import { TextFields } from "./text-fields";
import { TextPreview } from "./text-preview";

/** The text composer: its descriptor, fields and preview in the shared shell; one chunk, loaded on /compose/text. */
export function TextComposer({ senders }: ComposerProps<"text">) {
  return (
    <SessionComposer type="text" message={textMessage} Fields={TextFields} Preview={TextPreview} senders={senders} />
  );
}
