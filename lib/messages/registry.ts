import { audioMessage, documentMessage, imageMessage, videoMessage } from "./attachment";
import { buttonsMessage } from "./buttons";
import { listMessage } from "./list";
import { locationMessage } from "./location";
import { productMessage } from "./product";
import { productsMessage } from "./products";
import { textMessage } from "./text";

/**
 * Every session message type, keyed as in the routes (/compose/[type]) and in history; the order is the type
 * switcher's. The server action, the compose page and history look a type up here. Client code imports a type's
 * own module instead, so a composer's chunk carries only its own schema.
 */
export const MESSAGES = {
  text: textMessage,
  image: imageMessage,
  video: videoMessage,
  audio: audioMessage,
  document: documentMessage,
  location: locationMessage,
  list: listMessage,
  buttons: buttonsMessage,
  product: productMessage,
  products: productsMessage,
};

export type MessageType = keyof typeof MESSAGES;

/** The form values of a type's composer. */
export type MessageValues<T extends MessageType> = (typeof MESSAGES)[T]["defaults"];

export const MESSAGE_TYPES = Object.keys(MESSAGES) as MessageType[];

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === "string" && Object.hasOwn(MESSAGES, value);
}

/** Every composer, the session types and the template, as the type switcher and history name them. */
export const COMPOSER_TYPE_LABELS: Record<MessageType | "template", string> = {
  ...(Object.fromEntries(MESSAGE_TYPES.map((type) => [type, MESSAGES[type].label])) as Record<MessageType, string>),
  template: "Template",
};
