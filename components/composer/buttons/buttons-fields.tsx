import type { UseFormReturn } from "react-hook-form";
import { FORMATTING_HINT } from "@/components/composer/shared/formatting-hint";
import { HeaderFields } from "@/components/composer/shared/header-fields";
import { useTextIsland } from "@/components/composer/shared/text-island";
import { Field, inputClass } from "@/components/ui/field";
import type { ButtonsValues } from "@/lib/messages/buttons";
import { graphemeLength } from "@/lib/messages/graphemes";
import { LIMITS } from "@/lib/messages/limits";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { ButtonsReplyFields } from "./buttons-reply-fields";

export type ButtonsForm = UseFormReturn<ButtonsValues, unknown, SessionMessageRequest>;

export function ButtonsFields({ form, values }: { form: ButtonsForm; values: ButtonsValues }) {
  const textIsland = useTextIsland();
  const { register } = form;
  const errors = form.formState.errors.message;
  const message = values.message?.replyButtonMessage;
  return (
    <>
      <HeaderFields
        idPrefix="buttons-header"
        values={message?.header}
        register={(key) => register(`message.replyButtonMessage.header.${key}`)}
        errors={errors?.replyButtonMessage?.header}
        textMax={LIMITS.buttons.headerText}
      />
      <Field
        id="message-text"
        label="Message text"
        required
        error={errors?.text?.message}
        counter={{ count: graphemeLength(values.message?.text ?? ""), max: LIMITS.buttons.body }}
        hint={FORMATTING_HINT}
      >
        {(control) => (
          <textarea
            {...control}
            {...register("message.text")}
            form={textIsland}
            rows={5}
            className={`${inputClass} resize-y`}
            placeholder="Did this answer your question?"
            dir="auto"
          />
        )}
      </Field>
      <Field
        id="buttons-footer"
        label="Footer"
        error={errors?.replyButtonMessage?.footer?.text?.message}
        counter={{ count: graphemeLength(message?.footer?.text ?? ""), max: LIMITS.buttons.footer }}
      >
        {(control) => (
          <input
            {...control}
            {...register("message.replyButtonMessage.footer.text")}
            className={inputClass}
            dir="auto"
          />
        )}
      </Field>
      <ButtonsReplyFields form={form} values={values} />
    </>
  );
}
