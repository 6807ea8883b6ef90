import type { UseFormReturn } from "react-hook-form";
import { FORMATTING_HINT } from "@/components/composer/shared/formatting-hint";
import { HeaderFields } from "@/components/composer/shared/header-fields";
import { useTextIsland } from "@/components/composer/shared/text-island";
import { Field, inputClass } from "@/components/ui/field";
import { graphemeLength } from "@/lib/messages/graphemes";
import { isMediaHeader } from "@/lib/messages/interactive-header";
import { LIMITS } from "@/lib/messages/limits";
import { LIST_MEDIA_HEADER_WARNING, type ListValues, listBodyWarning } from "@/lib/messages/list";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { ListSectionsFields } from "./list-sections-fields";

export type ListForm = UseFormReturn<ListValues, unknown, SessionMessageRequest>;

export function ListFields({ form, values }: { form: ListForm; values: ListValues }) {
  const textIsland = useTextIsland();
  const { register } = form;
  const errors = form.formState.errors.message;
  const list = values.message?.listMessage;
  return (
    <>
      <HeaderFields
        idPrefix="list-header"
        values={list?.header}
        register={(key) => register(`message.listMessage.header.${key}`)}
        errors={errors?.listMessage?.header}
        textMax={LIMITS.list.header}
        typeWarning={isMediaHeader(list?.header?.type) ? LIST_MEDIA_HEADER_WARNING : undefined}
      />
      <Field
        id="message-text"
        label="Message text"
        error={errors?.text?.message}
        warning={listBodyWarning(values.message?.text)}
        counter={{ count: graphemeLength(values.message?.text ?? ""), max: LIMITS.list.body }}
        hint={FORMATTING_HINT}
      >
        {(control) => (
          <textarea
            {...control}
            {...register("message.text")}
            form={textIsland}
            rows={5}
            className={`${inputClass} resize-y`}
            placeholder="Which of these suits you?"
            dir="auto"
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="list-footer"
          label="Footer"
          error={errors?.listMessage?.footer?.text?.message}
          counter={{ count: graphemeLength(list?.footer?.text ?? ""), max: LIMITS.list.footer }}
        >
          {(control) => (
            <input {...control} {...register("message.listMessage.footer.text")} className={inputClass} dir="auto" />
          )}
        </Field>
        <Field
          id="list-button"
          label="Menu button"
          required
          error={errors?.listMessage?.button?.text?.message}
          counter={{ count: graphemeLength(list?.button?.text ?? ""), max: LIMITS.list.button }}
          hint="Opens the list; no formatting."
        >
          {(control) => (
            <input
              {...control}
              {...register("message.listMessage.button.text")}
              className={inputClass}
              placeholder="Options"
              dir="auto"
            />
          )}
        </Field>
      </div>
      <ListSectionsFields form={form} values={values} />
    </>
  );
}
