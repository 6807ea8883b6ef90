"use client";

import type { PreviewProps } from "@/components/composer/shared/message-parts";
import { BodyPlaceholder } from "@/components/preview/body-placeholder";
import { BubbleButtonRow } from "@/components/preview/bubble";
import { FormattedText } from "@/components/preview/formatted-text";
import { BubbleHeader } from "@/components/preview/header-preview";
import { MessageFrame } from "@/components/preview/message-frame";
import { PREVIEW_COLORS } from "@/components/preview/theme";

/** Reply buttons as the customer sees them: the bubble, then one full-width row per button. */
export function ButtonsPreview({ request, theme }: PreviewProps) {
  const message = request.message.replyButtonMessage;
  const text = request.message.text ?? "";
  const footer = message?.footer?.text;
  const muted = PREVIEW_COLORS[theme].muted;
  return (
    <MessageFrame
      theme={theme}
      to={request.recipient}
      className={message?.header?.attachment ? "w-[260px] max-w-full" : "min-w-[220px]"}
      footer={footer ? <FormattedText text={footer} /> : null}
      buttons={message?.buttons.map((button, index) => (
        <BubbleButtonRow key={index} theme={theme} icon={<ReplyIcon />}>
          {button.text || <span style={{ color: muted }}>Untitled button</span>}
        </BubbleButtonRow>
      ))}
    >
      <BubbleHeader header={message?.header} theme={theme} />
      {text.trim() === "" ? <BodyPlaceholder theme={theme} /> : <FormattedText text={text} />}
    </MessageFrame>
  );
}

function ReplyIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="currentColor">
      <path d="M10 8.5V5L3.5 11.25 10 17.5v-3.6c4.6 0 7.8 1.4 10 4.6-.9-4.6-3.7-9.1-10-10z" />
    </svg>
  );
}
