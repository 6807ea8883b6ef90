import type { MessageParts } from "@/components/composer/shared/message-parts";
import { locationMessage } from "@/lib/messages/location";
import { LocationFields } from "./location-fields";
import { LocationPreview } from "./location-preview";

/** The location composer's parts, one chunk loaded only on /compose/location. */
export const locationParts: MessageParts<"location"> = {
  message: locationMessage,
  Fields: LocationFields,
  Preview: LocationPreview,
};
