"use client";

import type { PreviewProps } from "@/components/composer/shared/message-parts";
import { FormattedText } from "@/components/preview/formatted-text";
import { MessageFrame } from "@/components/preview/message-frame";

export function TextPreview({ request, theme }: PreviewProps) {
  const text = request.message.text ?? "";
  return (
    <MessageFrame
      theme={theme}
      to={request.recipient}
      empty={text.trim() === ""}
      placeholder="Start typing to see the message here."
    >
      <FormattedText text={text} />
    </MessageFrame>
  );
}
