"use client";

import { ComposerShell } from "@/components/composer/shared/composer-shell";
import { TextFields } from "@/components/composer/text/text-fields";
import { TextPreview } from "@/components/composer/text/text-preview";
import { buildTextRequest, textDefaults, textMessageSchema } from "@/lib/messages/text";

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
