"use client";

import type { PreviewProps } from "@/components/composer/shared/message-parts";
import { BubbleButtonRow } from "@/components/preview/bubble";
import { FormattedText } from "@/components/preview/formatted-text";
import { MessageFrame } from "@/components/preview/message-frame";
import { ProductImagePlaceholder, ShopBagIcon } from "@/components/preview/product-placeholders";
import { PREVIEW_COLORS } from "@/components/preview/theme";

/**
 * WhatsApp fills the card from the catalog (image, name, price); the request carries only ids, so the retailer id
 * stands where the product name will be.
 */
export function ProductPreview({ request, theme }: PreviewProps) {
  const product = request.message.singleProductMessage;
  const retailerId = product?.productItem.productRetailerId ?? "";
  const text = request.message.text ?? "";
  const footer = product?.footer?.text ?? "";
  const muted = PREVIEW_COLORS[theme].bubbleMeta;
  return (
    <MessageFrame
      theme={theme}
      to={request.recipient}
      className="px-1 pt-1"
      footer={footer ? <FormattedText text={footer} /> : null}
      insetFooter
      buttons={
        <BubbleButtonRow theme={theme} icon={<ShopBagIcon size={18} />}>
          View
        </BubbleButtonRow>
      }
    >
      {/* A card's width, whatever the text's: the image fills it and the time drops below, as in WhatsApp. */}
      <div className="w-64 max-w-full">
        <div className="overflow-hidden rounded-md">
          <ProductImagePlaceholder theme={theme} iconSize={48} className="aspect-[4/3] w-full" />
          <div className="px-1 pt-1.5">
            <div dir="auto" className="truncate font-semibold">
              {retailerId || <span style={{ color: muted }}>Product retailer ID</span>}
            </div>
            <div className="text-[12.5px]" style={{ color: muted }}>
              From your catalog
            </div>
          </div>
        </div>
        {text.trim() !== "" ? <FormattedText text={text} className="mt-1 px-1" /> : null}
      </div>
    </MessageFrame>
  );
}
