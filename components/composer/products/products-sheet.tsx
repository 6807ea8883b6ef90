"use client";

import { useEffect, useRef } from "react";
import { ProductImagePlaceholder } from "@/components/preview/product-placeholders";
import { PREVIEW_COLORS, type PreviewTheme } from "@/components/preview/theme";
import { sheetKeyDown } from "@/components/ui/trap-focus";
import type { MultiProductMessage } from "@/lib/messages/request";

/**
 * The catalog sheet WhatsApp slides up when "View items" is tapped: the sections with their products. It covers
 * only the phone's screen (the caller positions it there), so Escape and Close return to the chat.
 */
export function ProductsSheet({
  theme,
  message,
  onClose,
}: {
  theme: PreviewTheme;
  message: MultiProductMessage;
  onClose: () => void;
}) {
  const colors = PREVIEW_COLORS[theme];
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  const count = message.sections.reduce((total, section) => total + section.productItems.length, 0);
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
        aria-label="View items"
        tabIndex={-1}
        aria-modal="true"
        onKeyDown={sheetKeyDown(onClose)}
        className="flex max-h-[85%] min-h-0 flex-col rounded-t-2xl shadow-lg motion-safe:animate-sheet-up"
        style={{ backgroundColor: colors.sheet, color: colors.text }}
      >
        <div className="flex items-center gap-3 border-b px-3 py-2.5" style={{ borderColor: colors.divider }}>
          <button
            ref={closeRef}
            type="button"
            aria-label="Close"
            onClick={onClose}
            className="flex size-8 items-center justify-center rounded-full hover:bg-black/10"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" stroke="currentColor" strokeWidth="2">
              <path d="M6 6l12 12M18 6 6 18" strokeLinecap="round" />
            </svg>
          </button>
          <div className="min-w-0 flex-1">
            <div dir="auto" className="truncate text-[16px] font-medium">
              {message.header.text || "View items"}
            </div>
            <div className="text-[12.5px]" style={{ color: colors.muted }}>
              {count === 1 ? "1 item" : `${count} items`}
            </div>
          </div>
        </div>
        {/* A long list scrolls inside the sheet: it takes focus, so the keyboard can scroll it too. */}
        <section
          aria-label="Products"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard.
          tabIndex={0}
          className="min-h-0 flex-1 overflow-y-auto pb-3 [scrollbar-width:thin]"
        >
          {message.sections.map((section, s) => (
            <section key={s} aria-label={section.title || `Section ${s + 1}`}>
              <h3
                dir="auto"
                className="px-4 pt-3 pb-1 text-[13px] font-medium [overflow-wrap:anywhere]"
                style={{ color: colors.accentText }}
              >
                {section.title || `Section ${s + 1}`}
              </h3>
              <ul>
                {section.productItems.map((item, p) => (
                  <li key={p} className="flex items-center gap-3 px-4 py-2">
                    <ProductImagePlaceholder theme={theme} iconSize={22} className="size-12 shrink-0 rounded-md" />
                    <span dir="auto" className="min-w-0 flex-1 truncate text-[15px]">
                      {item.productRetailerId || <span style={{ color: colors.muted }}>Product retailer ID</span>}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      </div>
    </div>
  );
}
