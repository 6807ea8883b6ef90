"use client";

import { TextPreview } from "@/components/preview/text-preview";
import { buildTextRequest, textDefaults, textMessageSchema } from "@/lib/messages/text";
import { ComposerShell } from "./composer-shell";
import { TextFields } from "./text-fields";

export function TextComposer({ senders }: { senders: string[] }) {
  return (
    <ComposerShell
      type="text"
      schema={textMessageSchema}
      defaults={textDefaults}
      build={buildTextRequest}
      senders={senders}
      fields={(form, values) => <TextFields form={form} values={values} />}
      preview={(request, theme) => <TextPreview request={request} theme={theme} />}
    />
  );
}
