"use client";

import type { PreviewProps } from "@/components/composer/shared/message-parts";
import { FormattedText } from "@/components/preview/formatted-text";
import { MessageFrame } from "@/components/preview/message-frame";
import type { PreviewTheme } from "@/components/preview/theme";
import type { Attachment } from "@/lib/messages/request";
import { AttachmentAudio } from "./attachment-audio";
import { AttachmentDocument } from "./attachment-document";
import { AttachmentImage } from "./attachment-image";
import { AttachmentVideo } from "./attachment-video";

/** An image, video, audio or document message: the media in a tight bubble, the caption formatted under it. */
export function AttachmentPreview({ request, theme }: PreviewProps) {
  const attachment = request.message.attachments?.[0];
  const caption = attachment?.caption ?? "";
  return (
    <MessageFrame theme={theme} to={request.recipient} empty={!attachment} className="px-1! pt-1!">
      {attachment ? <AttachmentMedia attachment={attachment} theme={theme} /> : null}
      {caption.trim() ? <FormattedText text={caption} className="w-[270px] max-w-full px-1 pt-1.5" /> : null}
    </MessageFrame>
  );
}

function AttachmentMedia({ attachment, theme }: { attachment: Attachment; theme: PreviewTheme }) {
  switch (attachment.type) {
    case "image":
      return <AttachmentImage url={attachment.url} alt={attachment.caption?.trim() || "Image"} theme={theme} />;
    case "video":
      return <AttachmentVideo url={attachment.url} />;
    case "audio":
      return <AttachmentAudio url={attachment.url} theme={theme} />;
    case "document":
      return <AttachmentDocument url={attachment.url} filename={attachment.filename ?? ""} theme={theme} />;
  }
}
