import type { UseFormReturn } from "react-hook-form";
import { FORMATTING_HINT } from "@/components/composer/shared/formatting-hint";
import { useTextIsland } from "@/components/composer/shared/text-island";
import { Field, inputClass } from "@/components/ui/field";
import { graphemeLength } from "@/lib/messages/graphemes";
import { LIMITS } from "@/lib/messages/limits";
import type { SessionMessageRequest } from "@/lib/messages/request";
import type { TextValues } from "@/lib/messages/text";

export function TextFields({
  form,
  values,
}: {
  form: UseFormReturn<TextValues, unknown, SessionMessageRequest>;
  values: TextValues;
}) {
  const textIsland = useTextIsland();
  return (
    <Field
      id="message-text"
      label="Message text"
      required
      error={form.formState.errors.message?.text?.message}
      counter={{ count: graphemeLength(values.message?.text ?? ""), max: LIMITS.text.body }}
      hint={FORMATTING_HINT}
    >
      {(control) => (
        <textarea
          {...control}
          {...form.register("message.text")}
          form={textIsland}
          rows={8}
          className={`${inputClass} min-h-40 resize-y`}
          placeholder="Hi! Your order *#4521* has shipped."
          dir="auto"
        />
      )}
    </Field>
  );
}
