"use client";

import { useClock } from "@/components/hooks/use-clock";
import { BubbleButtonRow, BubbleFooter, OutgoingBubble } from "@/components/preview/bubble";
import { FormattedText } from "@/components/preview/formatted-text";
import { BubbleHeader } from "@/components/preview/header-preview";
import { Phone } from "@/components/preview/phone";
import { PREVIEW_COLORS, type PreviewTheme } from "@/components/preview/theme";
import type { SessionMessageRequest } from "@/lib/messages/request";

/** Reply buttons as the customer sees them: the bubble, then one full-width row per button. */
export function ButtonsPreview({ request, theme }: { request: SessionMessageRequest; theme: PreviewTheme }) {
  const time = useClock();
  const message = request.message.replyButtonMessage;
  const text = request.message.text ?? "";
  const footer = message?.footer?.text;
  const muted = PREVIEW_COLORS[theme].muted;
  return (
    <Phone theme={theme} contactName={request.recipient.name || request.recipient.id || "Customer"}>
      <OutgoingBubble
        theme={theme}
        time={time}
        status="sent"
        className={message?.header?.attachment ? "w-[260px] max-w-full" : "min-w-[220px]"}
        footer={
          footer ? (
            <BubbleFooter>
              <FormattedText text={footer} />
            </BubbleFooter>
          ) : null
        }
        buttons={message?.buttons.map((button, index) => (
          <BubbleButtonRow key={index} theme={theme} icon={<ReplyIcon />}>
            {button.text || <span style={{ color: muted }}>Untitled button</span>}
          </BubbleButtonRow>
        ))}
      >
        <BubbleHeader header={message?.header} theme={theme} />
        {text.trim() === "" ? (
          <span className="italic" style={{ color: muted }}>
            The message text appears here.
          </span>
        ) : (
          <FormattedText text={text} />
        )}
      </OutgoingBubble>
    </Phone>
  );
}

function ReplyIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="currentColor">
      <path d="M10 8.5V5L3.5 11.25 10 17.5v-3.6c4.6 0 7.8 1.4 10 4.6-.9-4.6-3.7-9.1-10-10z" />
    </svg>
  );
}
