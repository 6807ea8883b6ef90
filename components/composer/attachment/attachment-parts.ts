import type { MessageParts } from "@/components/composer/shared/message-parts";
import { ATTACHMENT_MESSAGES } from "@/lib/messages/attachment";
import type { AttachmentType } from "@/lib/messages/request";
import { AttachmentFields } from "./attachment-fields";
import { AttachmentPreview } from "./attachment-preview";

function parts<T extends AttachmentType>(type: T): MessageParts<T> {
  return { message: ATTACHMENT_MESSAGES[type], Fields: AttachmentFields, Preview: AttachmentPreview };
}

/** The four attachment composers' parts: one chunk, as they share their fields and preview. */
export const attachmentParts: { [T in AttachmentType]: MessageParts<T> } = {
  image: parts("image"),
  video: parts("video"),
  audio: parts("audio"),
  document: parts("document"),
};
