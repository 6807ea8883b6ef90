"use client";

import type { ComposerProps } from "@/components/composer/shared/message-parts";
import { SessionComposer } from "@/components/composer/shared/session-composer";
import { buttonsMessage } from "@/lib/messages/buttons";
import { ButtonsFields } from "./buttons-fields";
import { ButtonsPreview } from "./buttons-preview";

/** The buttons composer: its descriptor, fields and preview in the shared shell; one chunk, loaded on /compose/buttons. */
export function ButtonsComposer({ senders }: ComposerProps<"buttons">) {
  return (
    <SessionComposer
      type="buttons"
      message={buttonsMessage}
      Fields={ButtonsFields}
      Preview={ButtonsPreview}
      senders={senders}
    />
  );
}
