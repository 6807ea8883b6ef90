"use client";

import type { ComposerProps } from "@/components/composer/shared/message-parts";
import { SessionComposer } from "@/components/composer/shared/session-composer";
import { ATTACHMENT_MESSAGES } from "@/lib/messages/attachment";
import type { AttachmentType } from "@/lib/messages/request";
import { AttachmentFields } from "./attachment-fields";
import { AttachmentPreview } from "./attachment-preview";

/** The image, video, audio and document composers: one chunk, as they share their fields and preview. */
export function AttachmentComposer({ type, senders }: ComposerProps<AttachmentType>) {
  return (
    <SessionComposer
      type={type}
      message={ATTACHMENT_MESSAGES[type]}
      Fields={AttachmentFields}
      Preview={AttachmentPreview}
      senders={senders}
    />
  );
}
