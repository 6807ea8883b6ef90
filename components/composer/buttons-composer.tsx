"use client";

import { ButtonsFields } from "@/components/composer/buttons/buttons-fields";
import { ButtonsPreview } from "@/components/composer/buttons/buttons-preview";
import { ComposerShell } from "@/components/composer/shared/composer-shell";
import { buildButtonsRequest, buttonsDefaults, buttonsMessageSchema } from "@/lib/messages/buttons";
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
