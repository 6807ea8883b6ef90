import type { MessageType } from "@/lib/messages/request";

export const MESSAGE_TYPE_LABELS: Record<MessageType, string> = {
  text: "Text",
  image: "Image",
  video: "Video",
  audio: "Audio",
  document: "Document",
  location: "Location",
  list: "List",
  buttons: "Buttons",
  product: "Product",
  products: "Products",
};

/** Every composer, session types and the template. */
export const COMPOSER_TYPE_LABELS: Record<MessageType | "template", string> = {
  ...MESSAGE_TYPE_LABELS,
  template: "Template",
};
