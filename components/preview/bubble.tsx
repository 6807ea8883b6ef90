import type { CSSProperties, ReactNode } from "react";
import { PREVIEW_COLORS, type PreviewTheme, themeVariables } from "./theme";
import { type DeliveryStatus, Ticks } from "./ticks";

type OutgoingBubbleProps = {
  theme: PreviewTheme;
  time: string;
  status?: DeliveryStatus;
  children: ReactNode;
  /** Small grey text under the body, e.g. <BubbleFooter>; the time shares its line when there is room. */
  footer?: ReactNode;
  /** <BubbleButtonRow>s: they take the bubble's width, as WhatsApp's reply buttons do. */
  buttons?: ReactNode;
  /** WhatsApp draws the tail only on the first bubble of a run of messages. */
  tail?: boolean;
  /** Applied to the bubble surface, e.g. to tighten the padding around media. */
  className?: string;
};

/** A message the business sent: right-aligned, green, with the time and the delivery ticks at the bottom right. */
export function OutgoingBubble({
  theme,
  time,
  status,
  children,
  footer,
  buttons,
  tail = true,
  className,
}: OutgoingBubbleProps) {
  const colors = PREVIEW_COLORS[theme];
  const surface: CSSProperties = { backgroundColor: colors.bubble, color: colors.bubbleText, ...themeVariables(theme) };
  return (
    <div className={`ms-auto flex w-fit max-w-[85%] min-w-0 flex-col gap-0.5 ${tail ? "mt-2" : "mt-0.5"}`}>
      <div
        className={`relative rounded-lg px-2 pt-1.5 pb-1 text-[14.2px] leading-[19px] shadow-[0_1px_0.5px_rgba(11,20,26,0.13)] ${tail ? "rounded-tr-none" : ""} ${className ?? ""}`}
        style={surface}
      >
        {tail ? <Tail color={colors.bubble} /> : null}
        {/* Wrapping flex row: a short message keeps the time on its own line's end; a long one pushes it below. */}
        <div className="flex flex-wrap items-end justify-end gap-x-2">
          <div className="min-w-0 max-w-full grow">
            {children}
            {footer}
          </div>
          <span
            className="ms-auto flex shrink-0 translate-y-0.5 items-center gap-[3px] text-[11px] leading-[15px] whitespace-nowrap"
            style={{ color: colors.bubbleMeta }}
          >
            <span>{time}</span>
            {status ? <Ticks status={status} /> : null}
          </span>
        </div>
      </div>
      {buttons}
    </div>
  );
}

function Tail({ color }: { color: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 8 13"
      width="8"
      height="13"
      className="absolute top-0 -right-2"
      style={{ color }}
    >
      <path fill="currentColor" d="M5.188 0H0v11.193l6.467-8.625C7.526 1.156 6.958 0 5.188 0z" />
    </svg>
  );
}

/** The small grey line WhatsApp shows under an interactive message's body. */
export function BubbleFooter({ children }: { children: ReactNode }) {
  return (
    <div
      dir="auto"
      className="mt-1 text-[13px] leading-[17px] [overflow-wrap:anywhere] whitespace-pre-wrap text-[color:var(--wa-meta,#54656f)]"
    >
      {children}
    </div>
  );
}

/** One of the full-width rows WhatsApp shows under an interactive bubble: a reply button or the list's menu button. */
export function BubbleButtonRow({
  theme,
  icon,
  children,
}: {
  theme: PreviewTheme;
  icon?: ReactNode;
  children: ReactNode;
}) {
  const colors = PREVIEW_COLORS[theme];
  return (
    <div
      dir="auto"
      className="flex min-h-10 w-full items-center justify-center gap-2 rounded-lg px-3 py-2 text-center text-[14px] leading-[19px] font-medium [overflow-wrap:anywhere] shadow-[0_1px_0.5px_rgba(11,20,26,0.13)]"
      style={{ backgroundColor: colors.bubble, color: colors.link }}
    >
      {icon ? (
        <span aria-hidden="true" className="flex shrink-0">
          {icon}
        </span>
      ) : null}
      <span className="min-w-0">{children}</span>
    </div>
  );
}
