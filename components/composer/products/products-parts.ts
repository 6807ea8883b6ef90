import type { MessageParts } from "@/components/composer/shared/message-parts";
import { productsMessage } from "@/lib/messages/products";
import { ProductsFields } from "./products-fields";
import { ProductsPreview } from "./products-preview";

/** The products composer's parts, one chunk loaded only on /compose/products. */
export const productsParts: MessageParts<"products"> = {
  message: productsMessage,
  Fields: ProductsFields,
  Preview: ProductsPreview,
};
