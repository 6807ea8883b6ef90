"use client";

import { ListPreview } from "@/components/preview/list-preview";
import { buildListRequest, listDefaults, listMessageSchema } from "@/lib/messages/list";
import { ComposerShell } from "./composer-shell";
import type { ComposerProps } from "./composer-switch";
import { ListFields } from "./list-fields";

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
