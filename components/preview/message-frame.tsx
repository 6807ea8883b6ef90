"use client";

import type { ReactNode } from "react";
import { useClock } from "@/components/hooks/use-clock";
import { useLocalTime } from "@/components/hooks/use-local-time";
import { BubbleFooter, OutgoingBubble } from "./bubble";
import { Phone } from "./phone";
import { useSentMessage } from "./sent-message";
import type { PreviewTheme } from "./theme";

type MessageFrameProps = {
  theme: PreviewTheme;
  /** Who the chat is with, as the phone's header names them. */
  to: { id: string; name?: string };
  /** While true, the chat shows the placeholder (if any) instead of the bubble. */
  empty?: boolean;
  placeholder?: string;
  /** The small grey line under the body; the time shares its line when there is room. */
  footer?: ReactNode;
  /** Lines the footer up with a card that fills the bubble (the product messages). */
  insetFooter?: boolean;
  /** <BubbleButtonRow>s under the bubble. */
  buttons?: ReactNode;
  /** Applied to the bubble surface, e.g. to tighten the padding around media. */
  className?: string;
  /** Drawn over the phone's screen, e.g. a list's or a catalog's bottom sheet. */
  overlay?: ReactNode;
  /** In the chat after the bubble, e.g. a carousel's row of cards. */
  after?: ReactNode;
  children?: ReactNode;
};

/**
 * Every preview's frame: the phone, chatting with the recipient, and one sent bubble stamped with the time (now, or
 * when it was sent inside <SentMessage>).
 */
export function MessageFrame({
  theme,
  to,
  empty = false,
  placeholder,
  footer,
  insetFooter = false,
  buttons,
  className,
  overlay,
  after,
  children,
}: MessageFrameProps) {
  const clock = useClock();
  // In history, the bubble as it was sent: its time and its ticks; in the composer, now and a single tick.
  const sent = useSentMessage();
  const sentAt = useLocalTime(sent?.at, "time");
  const footerLine = footer ? <BubbleFooter>{footer}</BubbleFooter> : null;
  return (
    <Phone theme={theme} contactName={to.name || to.id || "Customer"} overlay={overlay}>
      {empty ? (
        placeholder ? (
          <p className="mx-auto my-8 w-fit rounded-md bg-white/80 px-3 py-1 text-xs text-slate-600">{placeholder}</p>
        ) : null
      ) : (
        <OutgoingBubble
          theme={theme}
          time={sent ? sentAt : clock}
          status={sent?.status ?? "sent"}
          className={className}
          footer={insetFooter && footerLine ? <div className="px-1">{footerLine}</div> : footerLine}
          buttons={buttons}
        >
          {children}
        </OutgoingBubble>
      )}
      {empty ? null : after}
    </Phone>
  );
}
