"use client";

import { ButtonsPreview } from "@/components/preview/buttons-preview";
import { buildButtonsRequest, buttonsDefaults, buttonsMessageSchema } from "@/lib/messages/buttons";
import { ButtonsFields } from "./buttons-fields";
import { ComposerShell } from "./composer-shell";
import type { ComposerProps } from "./composer-switch";

export function ButtonsComposer({ senders }: ComposerProps) {
  return (
    <ComposerShell
      type="buttons"
      schema={buttonsMessageSchema}
      defaults={buttonsDefaults}
      build={buildButtonsRequest}
      senders={senders}
      fields={(form, values) => <ButtonsFields form={form} values={values} />}
      preview={(request, theme) => <ButtonsPreview request={request} theme={theme} />}
    />
  );
}
