import { useFieldArray } from "react-hook-form";
import { PAINTS_ALONE } from "@/components/composer/shared/paints-alone";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { type ButtonsValues, emptyReplyButton, REPLY_BUTTONS_CAP_REASON } from "@/lib/messages/buttons";
import { graphemeLength } from "@/lib/messages/graphemes";
import { LIMITS } from "@/lib/messages/limits";
import type { ButtonsForm } from "./buttons-fields";

const ADD_BUTTON_ID = "buttons-add-button";

/** The one to three reply buttons: the ID that comes back when tapped, and the title the customer reads. */
export function ButtonsReplyFields({ form, values }: { form: ButtonsForm; values: ButtonsValues }) {
  const { fields, append, remove } = useFieldArray({
    control: form.control,
    name: "message.replyButtonMessage.buttons",
  });
  const errors = form.formState.errors.message?.replyButtonMessage?.buttons;
  const arrayError = errors?.root?.message ?? errors?.message;
  const buttons = values.message?.replyButtonMessage?.buttons;
  const atCap = fields.length >= LIMITS.buttons.max;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-100">Reply buttons</h3>
        <p id="buttons-total" className="text-xs text-slate-600 dark:text-slate-400 tabular-nums">
          Buttons: {fields.length} / {LIMITS.buttons.max}
          {atCap && <span> · {REPLY_BUTTONS_CAP_REASON}</span>}
        </p>
      </div>
      {arrayError && <p className="text-sm text-red-700 dark:text-red-300">{arrayError}</p>}
      {fields.map((field, index) => {
        const number = index + 1;
        const buttonErrors = errors?.[index];
        return (
          // A floated legend sits inside the box, beside the Remove button, instead of cutting the border.
          <fieldset
            key={field.id}
            className={`${PAINTS_ALONE} rounded-md border border-slate-200 dark:border-slate-700 bg-slate-50 dark:bg-slate-950 p-3`}
          >
            <legend className="float-left py-1 text-xs font-semibold text-slate-700 dark:text-slate-300">
              Button {number}
            </legend>
            <Button
              variant="danger"
              className="float-right px-2 py-1 text-xs"
              aria-label={`Remove button ${number}`}
              title={fields.length > 1 ? undefined : "A reply buttons message needs at least one button."}
              disabled={fields.length <= 1}
              onClick={() => {
                remove(index);
                requestAnimationFrame(() => document.getElementById(ADD_BUTTON_ID)?.focus());
              }}
            >
              Remove
            </Button>
            <div className="clear-both grid gap-3 pt-2 sm:grid-cols-2">
              {buttonErrors?.message && (
                <p className="text-sm text-red-700 dark:text-red-300 sm:col-span-2">{buttonErrors.message}</p>
              )}
              <Field
                id={`buttons-b${index}-id`}
                label="Button ID"
                required
                error={buttonErrors?.id?.message}
                counter={{ count: graphemeLength(buttons?.[index]?.id ?? ""), max: LIMITS.buttons.id }}
              >
                {(control) => (
                  <input
                    {...control}
                    {...form.register(`message.replyButtonMessage.buttons.${index}.id`)}
                    className={`${inputClass} font-mono`}
                    autoComplete="off"
                    spellCheck={false}
                    placeholder={`e.g. b${number}`}
                  />
                )}
              </Field>
              <Field
                id={`buttons-b${index}-text`}
                label="Button title"
                required
                error={buttonErrors?.text?.message}
                counter={{ count: graphemeLength(buttons?.[index]?.text ?? ""), max: LIMITS.buttons.title }}
              >
                {(control) => (
                  <input
                    {...control}
                    {...form.register(`message.replyButtonMessage.buttons.${index}.text`)}
                    className={inputClass}
                    dir="auto"
                  />
                )}
              </Field>
            </div>
          </fieldset>
        );
      })}
      <Button
        id={ADD_BUTTON_ID}
        disabled={atCap}
        aria-describedby="buttons-total"
        onClick={() => append({ ...emptyReplyButton })}
      >
        Add button
      </Button>
    </div>
  );
}
