"use client";

import { useClock } from "@/components/hooks/use-clock";
import { OutgoingBubble } from "@/components/preview/bubble";
import { FormattedText } from "@/components/preview/formatted-text";
import { Phone } from "@/components/preview/phone";
import type { PreviewTheme } from "@/components/preview/theme";
import type { Attachment, SessionMessageRequest } from "@/lib/messages/request";
import { AttachmentAudio } from "./attachment-audio";
import { AttachmentDocument } from "./attachment-document";
import { AttachmentImage } from "./attachment-image";
import { AttachmentVideo } from "./attachment-video";

/** An image, video, audio or document message: the media in a tight bubble, the caption formatted under it. */
export function AttachmentPreview({ request, theme }: { request: SessionMessageRequest; theme: PreviewTheme }) {
  const time = useClock();
  const attachment = request.message.attachments?.[0];
  const caption = attachment?.caption ?? "";
  return (
    <Phone theme={theme} contactName={request.recipient.name || request.recipient.id || "Customer"}>
      {attachment ? (
        <OutgoingBubble theme={theme} time={time} status="sent" className="px-1! pt-1!">
          <AttachmentMedia attachment={attachment} theme={theme} />
          {caption.trim() ? <FormattedText text={caption} className="w-[270px] max-w-full px-1 pt-1.5" /> : null}
        </OutgoingBubble>
      ) : null}
    </Phone>
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
