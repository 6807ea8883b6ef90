"use client";

import { LocationFields } from "@/components/composer/location/location-fields";
import { LocationPreview } from "@/components/composer/location/location-preview";
import { ComposerShell } from "@/components/composer/shared/composer-shell";
import { buildLocationRequest, locationDefaults, locationMessageSchema } from "@/lib/messages/location";
import type { ComposerProps } from "./composer-switch";

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
