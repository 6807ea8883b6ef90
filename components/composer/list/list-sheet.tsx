"use client";

import { useEffect, useRef } from "react";
import { PREVIEW_COLORS, type PreviewTheme } from "@/components/preview/theme";
import { sheetKeyDown } from "@/components/ui/trap-focus";
import type { ListMessage } from "@/lib/messages/request";

/**
 * The sheet WhatsApp slides up when the customer taps the list's menu button: section titles, then rows with
 * their descriptions and a radio circle each. It covers only the phone's screen (the caller positions it there);
 * Close, Escape or a tap on the dimmed chat returns to the conversation.
 */
export function ListSheet({ list, theme, onClose }: { list: ListMessage; theme: PreviewTheme; onClose: () => void }) {
  const colors = PREVIEW_COLORS[theme];
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  const title = list.button.text || "List";
  const divider = colors.divider;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: a click on the backdrop is a mouse shortcut; the keyboard closes the sheet with Escape or its Close button.
    <div
      className="absolute inset-0 z-10 flex flex-col justify-end overflow-hidden bg-black/40"
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        role="dialog"
        aria-label={title}
        aria-modal="true"
        onKeyDown={sheetKeyDown(onClose)}
        className="flex max-h-[85%] min-h-0 flex-col rounded-t-2xl shadow-lg motion-safe:animate-sheet-up"
        style={{ backgroundColor: colors.sheet, color: colors.text }}
      >
        <div className="relative flex items-center justify-center px-12 py-3">
          <button
            ref={closeButton}
            type="button"
            aria-label="Close"
            onClick={onClose}
            className="absolute left-2 flex size-8 items-center justify-center rounded-full hover:bg-black/10"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" stroke="currentColor" strokeWidth="2">
              <path d="M6 6l12 12M18 6 6 18" strokeLinecap="round" />
            </svg>
          </button>
          <h2 dir="auto" className="truncate text-[16px] font-medium">
            {title}
          </h2>
        </div>
        {/* A long list scrolls inside the sheet: it takes focus, so the keyboard can scroll it too. */}
        <section
          aria-label="Rows"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard.
          tabIndex={0}
          className="min-h-0 flex-1 overflow-y-auto pb-4 [scrollbar-width:thin]"
        >
          {list.sections.map((section, s) => (
            <section
              key={s}
              aria-label={section.title || `Section ${s + 1}`}
              className="border-t"
              style={{ borderColor: divider }}
            >
              {section.title && (
                <h3
                  dir="auto"
                  className="px-5 pt-3 pb-1 text-[14px] font-medium [overflow-wrap:anywhere]"
                  style={{ color: colors.muted }}
                >
                  {section.title}
                </h3>
              )}
              <ul>
                {section.rows.map((row, r) => (
                  <li key={r} className="flex items-center gap-4 px-5 py-2.5">
                    <div className="min-w-0 flex-1 leading-snug [overflow-wrap:anywhere]">
                      <div dir="auto" className="text-[15.5px]">
                        {row.text || <span style={{ color: colors.muted }}>Untitled row</span>}
                      </div>
                      {row.description && (
                        <div dir="auto" className="text-[13.5px]" style={{ color: colors.muted }}>
                          {row.description}
                        </div>
                      )}
                    </div>
                    <span
                      aria-hidden="true"
                      className="size-5 shrink-0 rounded-full border-2"
                      style={{ borderColor: colors.muted }}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
        <p
          className="border-t px-5 py-2.5 text-center text-[12.5px]"
          style={{ borderColor: divider, color: colors.muted }}
        >
          Tap an item to select it
        </p>
      </div>
    </div>
  );
}
