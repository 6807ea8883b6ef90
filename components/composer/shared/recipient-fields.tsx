import type { FocusEvent, ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { LIMITS } from "@/lib/messages/limits";
import { normalizeRecipient } from "@/lib/messages/recipient";
import { type RecipientSuggestion, useConnectlyTarget } from "./connectly-target";

/**
 * Who the message goes to and which business number sends it; reads the composer's form from context. A number
 * pasted or typed in any common form ("+1 (604) 444-1111", "1 604 444 1111") becomes the E.164 number it will be
 * sent as when it is pasted and when the field is left, and the hint says that number while it is being typed.
 */
export function RecipientFields({
  senders,
  withName = true,
  recipientHint = "Country code first, e.g. +1 604 444 1111, or a BSUID.",
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
  const { register, formState, setValue, control: formControl } = useFormContext<EnvelopeValues>();
  const target = useConnectlyTarget();
  const { defaultCountry } = target;
  const errors = formState.errors;
  const normalized = normalizeRecipient(useWatch({ control: formControl, name: "recipient.id" }) ?? "", defaultCountry);
  /** Puts the number `text` stands for in the field; false when it stands for none (then it stays as typed). */
  const applyNormalized = (text: string) => {
    const id = normalizeRecipient(text, defaultCountry);
    if (id === null) return false;
    if (id !== text) setValue("recipient.id", id, { shouldDirty: true, shouldValidate: true });
    return true;
  };
  // Replaces the hint rather than adding a line, so leaving the field (which only reformats) moves nothing.
  const hint = normalized
    ? `Sent as ${normalized}.`
    : `${recipientHint} Without +, read as a ${defaultCountry} number.`;
  const offered = suggestions ?? target.recipientSuggestions ?? [];
  return (
    <section aria-labelledby="recipient-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="recipient-heading" className="mb-3 text-sm font-semibold text-slate-900">
        To and from
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="recipient-id" label="Recipient" required error={errors.recipient?.id?.message} hint={hint}>
          {(control) => (
            <input
              {...control}
              {...register("recipient.id", {
                onBlur: (event: FocusEvent<HTMLInputElement>) => applyNormalized(event.target.value),
              })}
              onPaste={(event) => {
                const input = event.currentTarget;
                const pasted = event.clipboardData.getData("text");
                const start = input.selectionStart ?? input.value.length;
                const end = input.selectionEnd ?? input.value.length;
                if (applyNormalized(input.value.slice(0, start) + pasted + input.value.slice(end)))
                  event.preventDefault();
              }}
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
