import type { MessageParts } from "@/components/composer/shared/message-parts";
import { productMessage } from "@/lib/messages/product";
import { ProductFields } from "./product-fields";
import { ProductPreview } from "./product-preview";

/** The product composer's parts, one chunk loaded only on /compose/product. */
export const productParts: MessageParts<"product"> = {
  message: productMessage,
  Fields: ProductFields,
  Preview: ProductPreview,
};
