import type { MessageParts } from "@/components/composer/shared/message-parts";
import { buttonsMessage } from "@/lib/messages/buttons";
import { ButtonsFields } from "./buttons-fields";
import { ButtonsPreview } from "./buttons-preview";

/** The buttons composer's parts, one chunk loaded only on /compose/buttons. */
export const buttonsParts: MessageParts<"buttons"> = {
  message: buttonsMessage,
  Fields: ButtonsFields,
  Preview: ButtonsPreview,
};
