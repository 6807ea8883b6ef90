"use client";

import { LocationPreview } from "@/components/preview/location-preview";
import { buildLocationRequest, locationDefaults, locationMessageSchema } from "@/lib/messages/location";
import { ComposerShell } from "./composer-shell";
import type { ComposerProps } from "./composer-switch";
import { LocationFields } from "./location-fields";

export function LocationComposer({ senders }: ComposerProps) {
  return (
    <ComposerShell
      type="location"
      schema={locationMessageSchema}
      defaults={locationDefaults}
      build={buildLocationRequest}
      senders={senders}
      fields={(form, values) => <LocationFields form={form} values={values} />}
      preview={(request, theme) => <LocationPreview request={request} theme={theme} />}
    />
  );
}
