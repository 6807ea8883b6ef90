import type { MessageParts } from "@/components/composer/shared/message-parts";
import { listMessage } from "@/lib/messages/list";
import { ListFields } from "./list-fields";
import { ListPreview } from "./list-preview";

/** The list composer's parts, one chunk loaded only on /compose/list. */
export const listParts: MessageParts<"list"> = { message: listMessage, Fields: ListFields, Preview: ListPreview };
