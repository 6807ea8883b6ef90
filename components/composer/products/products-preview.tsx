"use client";

import { useRef, useState } from "react";
import type { PreviewProps } from "@/components/composer/shared/message-parts";
import { BubbleButtonRow } from "@/components/preview/bubble";
import { FormattedText } from "@/components/preview/formatted-text";
import { MessageFrame } from "@/components/preview/message-frame";
import { ProductImagePlaceholder } from "@/components/preview/product-placeholders";
import type { PreviewTheme } from "@/components/preview/theme";
import { ProductsSheet } from "./products-sheet";

export function ProductsPreview({ request, theme }: PreviewProps) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const products = request.message.multiProductMessage;
  const header = products?.header.text ?? "";
  const text = request.message.text ?? "";
  const footer = products?.footer?.text ?? "";
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  return (
    // Positioned so the sheet covers the phone's screen, not the page, as WhatsApp's sheet stays in the app.
    <MessageFrame
      theme={theme}
      to={request.recipient}
      overlay={open && products ? <ProductsSheet theme={theme} message={products} onClose={close} /> : null}
      className="px-1 pt-1"
      footer={footer ? <FormattedText text={footer} /> : null}
      insetFooter
      buttons={
        <button
          ref={trigger}
          type="button"
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen(true)}
          className="block w-full rounded-lg text-left"
        >
          <BubbleButtonRow theme={theme} icon={<ListIcon />}>
            View items
          </BubbleButtonRow>
        </button>
      }
    >
      {/* A card's width, whatever the text's: the collage fills it and the time drops below, as in WhatsApp. */}
      <div className="w-64 max-w-full">
        <ProductCollage theme={theme} />
        <div className="px-1 pt-1.5">
          {/* Multi-product headers are plain text: WhatsApp does not format them. */}
          <div dir="auto" className="font-semibold [overflow-wrap:anywhere] whitespace-pre-wrap">
            {header}
          </div>
          {text.trim() !== "" ? <FormattedText text={text} /> : null}
        </div>
      </div>
    </MessageFrame>
  );
}

function ProductCollage({ theme }: { theme: PreviewTheme }) {
  return (
    <div aria-hidden="true" className="grid grid-cols-2 gap-0.5 overflow-hidden rounded-md">
      {[0, 1, 2, 3].map((tile) => (
        <ProductImagePlaceholder key={tile} theme={theme} iconSize={28} className="aspect-[4/3]" />
      ))}
    </div>
  );
}

function ListIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="currentColor">
      <rect x="4" y="5" width="3" height="3" rx="0.5" />
      <rect x="4" y="10.5" width="3" height="3" rx="0.5" />
      <rect x="4" y="16" width="3" height="3" rx="0.5" />
      <path d="M9.5 6.5h10M9.5 12h10M9.5 17.5h10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
