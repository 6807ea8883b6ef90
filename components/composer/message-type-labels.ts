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
