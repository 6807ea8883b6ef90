"use client";

import type { ComposerProps } from "@/components/composer/shared/message-parts";
import { SessionComposer } from "@/components/composer/shared/session-composer";
import { locationMessage } from "@/lib/messages/location";
import { LocationFields } from "./location-fields";
import { LocationPreview } from "./location-preview";

/** The location composer: its descriptor, fields and preview in the shared shell; one chunk, loaded on /compose/location. */
export function LocationComposer({ senders }: ComposerProps<"location">) {
  return (
    <SessionComposer
      type="location"
      message={locationMessage}
      Fields={LocationFields}
      Preview={LocationPreview}
      senders={senders}
    />
  );
}
