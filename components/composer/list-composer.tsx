"use client";

import { ListFields } from "@/components/composer/list/list-fields";
import { ListPreview } from "@/components/composer/list/list-preview";
import { ComposerShell } from "@/components/composer/shared/composer-shell";
import { buildListRequest, listDefaults, listMessageSchema } from "@/lib/messages/list";
import type { ComposerProps } from "./composer-switch";

export function ListComposer({ senders }: ComposerProps) {
  return (
    <ComposerShell
      type="list"
      schema={listMessageSchema}
      defaults={listDefaults}
      build={buildListRequest}
      senders={senders}
      fields={(form, values) => <ListFields form={form} values={values} />}
      preview={(request, theme) => <ListPreview request={request} theme={theme} />}
    />
  );
}
