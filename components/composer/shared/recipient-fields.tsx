import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { LIMITS } from "@/lib/messages/limits";
import { type RecipientSuggestion, useConnectlyTarget } from "./connectly-target";

/** Who the message goes to and which business number sends it; reads the composer's form from context. */
export function RecipientFields({
  senders,
  withName = true,
  recipientHint = "E.164 number with country code, or a BSUID.",
  children,
  suggestions,
}: {
  senders: string[];
  /** Offered as the Recipient field's list; the page's (the sandbox's demo customers) when not given. */
  suggestions?: RecipientSuggestion[];
  /** Templates have no field for a display name, so their composer does not ask for one. */
  withName?: boolean;
  recipientHint?: string;
  /** Shown under the fields, inside the card: the customer's 24-hour window. */
  children?: ReactNode;
}) {
  const { register, formState } = useFormContext<EnvelopeValues>();
  const errors = formState.errors;
  const target = useConnectlyTarget();
  const offered = suggestions ?? target.recipientSuggestions ?? [];
  return (
    <section aria-labelledby="recipient-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="recipient-heading" className="mb-3 text-sm font-semibold text-slate-900">
        To and from
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="recipient-id" label="Recipient" required error={errors.recipient?.id?.message} hint={recipientHint}>
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
              list={offered.length > 0 ? "recipient-suggestions" : undefined}
            />
          )}
        </Field>
        {withName && (
          <Field id="recipient-name" label="Recipient name" error={errors.recipient?.name?.message}>
            {(control) => (
              <input
                {...control}
                {...register("recipient.name")}
                className={inputClass}
                autoComplete="off"
                maxLength={LIMITS.recipientName * 2}
                placeholder="Optional"
              />
            )}
          </Field>
        )}
        {senders.length > 0 ? (
          <Field
            id="sender-id"
            label="Sender"
            error={errors.senderId?.message}
            hint="With several business numbers, pick the one the customer wrote to."
          >
            {(control) => (
              <select {...control} {...register("senderId")} className={inputClass}>
                <option value="">Connectly's default number</option>
                {senders.map((sender) => (
                  <option key={sender} value={sender}>
                    {sender}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <p className="self-end text-xs text-slate-500 sm:col-span-2">
            Sender: Connectly's default number (set CONNECTLY_SENDERS to choose between several).
          </p>
        )}
      </div>
      {offered.length > 0 && (
        <datalist id="recipient-suggestions">
          {offered.map((suggestion) => (
            <option key={suggestion.number} value={suggestion.number} label={suggestion.label} />
          ))}
        </datalist>
      )}
      {children}
    </section>
  );
}
