import type { MessageParts } from "@/components/composer/shared/message-parts";
import { textMessage } from "@/lib/messages/text";
import { TextFields } from "./text-fields";
import { TextPreview } from "./text-preview";

/** The text composer's parts, one chunk loaded only on /compose/text. */
export const textParts: MessageParts<"text"> = { message: textMessage, Fields: TextFields, Preview: TextPreview };
