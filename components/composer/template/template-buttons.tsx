import { type ReactNode, useRef } from "react";
import { useDialogFocus } from "@/components/hooks/use-dialog-focus";
import { BubbleButtonRow } from "@/components/preview/bubble";
import { PREVIEW_COLORS, type PreviewTheme } from "@/components/preview/theme";
import { sheetKeyDown } from "@/components/ui/trap-focus";
import type { RenderedButton } from "@/lib/templates/render";

/** WhatsApp shows up to three buttons as rows; with more, the first two and a "See all options" row. */
export const MAX_BUTTON_ROWS = 3;

export function TemplateButtonRows({
  buttons,
  theme,
  onSeeAll,
}: {
  buttons: readonly RenderedButton[];
  theme: PreviewTheme;
  onSeeAll: () => void;
}) {
  if (buttons.length === 0) return null;
  const folded = buttons.length > MAX_BUTTON_ROWS;
  const shown = folded ? buttons.slice(0, MAX_BUTTON_ROWS - 1) : buttons;
  return (
    <>
      {shown.map((button, index) => (
        <BubbleButtonRow key={index} theme={theme} icon={buttonIcon(button)}>
          <ButtonLabel button={button} theme={theme} />
        </BubbleButtonRow>
      ))}
      {folded && (
        <button type="button" onClick={onSeeAll} className="w-full cursor-pointer rounded-lg">
          <BubbleButtonRow theme={theme} icon={<ListIcon />}>
            See all options
          </BubbleButtonRow>
        </button>
      )}
    </>
  );
}

/** The sheet "See all options" opens: every button, as WhatsApp lists them. */
export function TemplateButtonsSheet({
  buttons,
  theme,
  onClose,
}: {
  buttons: readonly RenderedButton[];
  theme: PreviewTheme;
  onClose: () => void;
}) {
  const colors = PREVIEW_COLORS[theme];
  const close = useRef<HTMLButtonElement>(null);
  useDialogFocus(close);
  return (
    <div className="flex h-full flex-col justify-end bg-black/40">
      <div
        role="dialog"
        aria-label="All options"
        aria-modal="true"
        onKeyDown={sheetKeyDown(onClose)}
        className="rounded-t-2xl px-4 pt-3 pb-5 motion-safe:animate-sheet-up"
        style={{ backgroundColor: colors.bar, color: colors.text }}
      >
        <div className="mb-2 flex items-center justify-between">
          <span className="text-[15px] font-medium">All options</span>
          <button
            ref={close}
            type="button"
            onClick={onClose}
            className="rounded px-2 py-1 text-[13px]"
            style={{ color: colors.accentText }}
          >
            Close
          </button>
        </div>
        <ul>
          {buttons.map((button, index) => (
            <li
              key={index}
              className="flex items-center gap-3 border-t py-2.5 text-[14.5px]"
              style={{ borderColor: colors.divider, color: colors.link }}
            >
              <span aria-hidden="true" className="flex shrink-0">
                {buttonIcon(button)}
              </span>
              <ButtonLabel button={button} theme={theme} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The label, and for a link the address it opens (the part still to be typed shown muted). */
export function ButtonLabel({ button, theme }: { button: RenderedButton; theme: PreviewTheme }) {
  const label = button.text || <span style={{ color: PREVIEW_COLORS[theme].muted }}>Untitled button</span>;
  if (!button.url) return <span>{label}</span>;
  const pending = button.urlSource === "example" || button.urlSource === "placeholder";
  return (
    <span title={button.url} className="flex min-w-0 flex-col">
      <span>{label}</span>
      <span
        className={`truncate text-[11px] font-normal ${pending ? "italic" : ""}`}
        style={{ color: PREVIEW_COLORS[theme].muted }}
      >
        {button.url}
      </span>
    </span>
  );
}

export function buttonIcon(button: RenderedButton): ReactNode {
  switch (button.kind) {
    case "url":
      return (
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="17"
          height="17"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
        </svg>
      );
    case "phone":
      return (
        <svg aria-hidden="true" viewBox="0 0 24 24" width="17" height="17" fill="currentColor">
          <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" />
        </svg>
      );
    case "quick_reply":
      return (
        <svg aria-hidden="true" viewBox="0 0 24 24" width="17" height="17" fill="currentColor">
          <path d="M10 8.5V5L3.5 11.25 10 17.5v-3.6c4.6 0 7.8 1.4 10 4.6-.9-4.6-3.7-9.1-10-10z" />
        </svg>
      );
    case "other":
      return null;
  }
}

function ListIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="17" height="17" fill="currentColor">
      <path d="M4 6h2v2H4zm4 0h12v2H8zm-4 5h2v2H4zm4 0h12v2H8zm-4 5h2v2H4zm4 0h12v2H8z" />
    </svg>
  );
}
