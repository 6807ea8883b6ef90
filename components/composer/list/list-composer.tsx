"use client";

import type { ComposerProps } from "@/components/composer/shared/message-parts";
import { SessionComposer } from "@/components/composer/shared/session-composer";
import { listMessage } from "@/lib/messages/list";
import { ListFields } from "./list-fields";
import { ListPreview } from "./list-preview";

/** The list composer: its descriptor, fields and preview in the shared shell; one chunk, loaded on /compose/list. */
export function ListComposer({ senders }: ComposerProps<"list">) {
  return (
    <SessionComposer type="list" message={listMessage} Fields={ListFields} Preview={ListPreview} senders={senders} />
  );
}
