import type { CSSProperties, ReactNode } from "react";
import { colorSchemeOf, PREVIEW_COLORS, type PreviewTheme, themeVariables } from "./theme";

const LETTER_OR_EMOJI = /^[\p{L}\p{Extended_Pictographic}]/u;

type PhoneProps = {
  theme: PreviewTheme;
  contactName: string;
  children: ReactNode;
  /** Drawn over the whole screen inside the frame, e.g. the bottom sheet of a list or product message. */
  overlay?: ReactNode;
};

/**
 * A phone-shaped WhatsApp chat: header with the contact, the patterned chat background holding the
 * bubbles (scrolling inside the frame), and the input bar. Purely presentational, so it renders anywhere.
 */
export function Phone({ theme, contactName, children, overlay }: PhoneProps) {
  const colors = PREVIEW_COLORS[theme];
  const name = contactName.trim();
  return (
    <div
      className="relative mx-auto flex h-[640px] max-h-[80vh] min-h-[420px] w-[360px] max-w-full flex-col overflow-hidden rounded-[2.25rem] border-[10px] border-neutral-900 bg-neutral-900 shadow-xl"
      style={{ color: colors.text, ...themeVariables(theme) }}
    >
      <div className="flex shrink-0 items-center gap-3 px-3 py-2" style={{ backgroundColor: colors.bar }}>
        <BackArrow />
        <Avatar name={name} theme={theme} />
        <div className="min-w-0 flex-1 leading-tight">
          <div dir="auto" className="truncate text-[16px] font-medium">
            {name || "Customer"}
          </div>
          <div className="text-[12.5px]" style={{ color: colors.muted }}>
            online
          </div>
        </div>
      </div>
      {/* A picture of the message, not a live chat: no live region, so keystrokes are not read aloud; "Describe
          preview" reads it on request. It takes focus so that a keyboard can scroll a long message. */}
      <figure
        aria-label="Message preview"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard.
        tabIndex={0}
        className="m-0 flex min-h-0 flex-1 flex-col-reverse overflow-x-hidden overflow-y-auto px-4 py-3 [scrollbar-width:thin]"
        style={chatBackground(theme)}
      >
        {/* column-reverse around one wrapper: messages sit by the input bar and the scroll starts at the newest, as in WhatsApp. */}
        <div className="flex flex-col">{children}</div>
      </figure>
      <InputBar theme={theme} />
      {overlay ? <div className="absolute inset-0 overflow-hidden rounded-[1.6rem]">{overlay}</div> : null}
    </div>
  );
}

/** WhatsApp's doodle wallpaper is an image; offline we suggest it with two offset grids of faint dots. */
function chatBackground(theme: PreviewTheme): CSSProperties {
  const { chat, pattern } = PREVIEW_COLORS[theme];
  return {
    colorScheme: colorSchemeOf(theme),
    backgroundColor: chat,
    backgroundImage: `radial-gradient(${pattern} 1.2px, transparent 1.6px), radial-gradient(${pattern} 0.8px, transparent 1.2px)`,
    backgroundSize: "22px 22px, 22px 22px",
    backgroundPosition: "0 0, 11px 11px",
  };
}

function Avatar({ name, theme }: { name: string; theme: PreviewTheme }) {
  const colors = PREVIEW_COLORS[theme];
  const first = firstGrapheme(name);
  // A number such as "+1 555…" gets WhatsApp's silhouette, as an unsaved contact does.
  const initial = LETTER_OR_EMOJI.test(first) ? first.toUpperCase() : "";
  return (
    <div
      aria-hidden="true"
      className="flex size-9 shrink-0 items-center justify-center rounded-full text-[16px] font-medium"
      style={{ backgroundColor: colors.avatar, color: colors.avatarText }}
    >
      {initial || (
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="currentColor">
          <circle cx="12" cy="8.5" r="4.5" />
          <path d="M3.5 21c.8-4.6 4.3-7 8.5-7s7.7 2.4 8.5 7z" />
        </svg>
      )}
    </div>
  );
}

/** A name may start with an emoji or an accented letter made of several code points: take one visible character. */
function firstGrapheme(text: string): string {
  const first = new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)[Symbol.iterator]().next();
  return first.done ? "" : first.value.segment;
}

function BackArrow() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" className="-ml-1 shrink-0 opacity-70">
      <path fill="currentColor" d="M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20z" />
    </svg>
  );
}

/** Looks like WhatsApp's composer but is hidden from assistive tech: it is decoration, not an input. */
function InputBar({ theme }: { theme: PreviewTheme }) {
  const colors = PREVIEW_COLORS[theme];
  return (
    <div
      aria-hidden="true"
      className="flex shrink-0 items-center gap-2 px-2 py-2"
      style={{ backgroundColor: colors.bar }}
    >
      <div
        className="flex h-10 flex-1 items-center gap-3 rounded-full px-3 text-[15px]"
        style={{ backgroundColor: colors.input, color: colors.muted }}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="20"
          height="20"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        >
          <circle cx="12" cy="12" r="9" />
          <path d="M8.5 14.5c1.8 2 5.2 2 7 0" strokeLinecap="round" />
          <circle cx="9" cy="10" r="0.6" fill="currentColor" />
          <circle cx="15" cy="10" r="0.6" fill="currentColor" />
        </svg>
        <span className="flex-1">Message</span>
      </div>
      <div
        className="flex size-10 shrink-0 items-center justify-center rounded-full text-white"
        style={{ backgroundColor: colors.accent }}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="currentColor">
          <rect x="9" y="3" width="6" height="11" rx="3" />
          <path
            d="M6 11a6 6 0 0 0 12 0M12 17v4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </svg>
      </div>
    </div>
  );
}
