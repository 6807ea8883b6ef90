import type { UseFormReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import type { TemplateFormValues } from "@/lib/templates/schema";
import type { TemplateMessageRequest } from "@/lib/templates/types";

/**
 * Recipient and Sender for a template. Not the session composers' RecipientFields: that one also asks for a
 * Recipient name, which a template request has no field for, so the name would be typed and never sent.
 */
export function TemplateRecipientFields({
  form,
  senders,
}: {
  form: UseFormReturn<TemplateFormValues, unknown, TemplateMessageRequest>;
  senders: string[];
}) {
  const { register, formState } = form;
  const errors = formState.errors;
  return (
    <section aria-labelledby="recipient-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="recipient-heading" className="mb-3 text-sm font-semibold text-slate-900">
        To and from
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="recipient-id"
          label="Recipient"
          required
          error={errors.recipient?.id?.message}
          hint="E.164 number with country code, or a BSUID (sent as bsuid:US.…)."
        >
          {(control) => (
            <input
              {...control}
              {...register("recipient.id")}
              className={inputClass}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              spellCheck={false}
              placeholder="+16044441111"
            />
          )}
        </Field>
        {senders.length > 0 ? (
          <Field
            id="sender-id"
            label="Sender"
            error={errors.senderId?.message}
            hint="The business number the template comes from."
          >
            {(control) => (
              <select {...control} {...register("senderId")} className={inputClass}>
                <option value="">Connectly&apos;s default number</option>
                {senders.map((sender) => (
                  <option key={sender} value={sender}>
                    {sender}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <p className="self-end text-xs text-slate-500">
            Sender: Connectly&apos;s default number (set CONNECTLY_SENDERS to choose between several).
          </p>
        )}
      </div>
    </section>
  );
}
