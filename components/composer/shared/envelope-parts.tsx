import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { LIMITS } from "@/lib/messages/limits";

/** The card that says who a message goes to and from, whether it asks or only says. */
export function EnvelopeCard({ children }: { children: ReactNode }) {
  return (
    <section
      aria-labelledby="recipient-heading"
      className="rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 p-4 shadow-sm"
    >
      <h2 id="recipient-heading" className="mb-3 text-sm font-semibold text-slate-900 dark:text-slate-100">
        To and from
      </h2>
      {children}
    </section>
  );
}

/** The display name Connectly is given with the recipient; optional. */
export function RecipientNameField({ hint }: { hint?: ReactNode }) {
  const { register, formState } = useFormContext<EnvelopeValues>();
  return (
    <Field id="recipient-name" label="Recipient name" error={formState.errors.recipient?.name?.message} hint={hint}>
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
  );
}

/** Which business number sends: a choice when CONNECTLY_SENDERS lists several, otherwise Connectly's default. */
export function SenderField({ senders }: { senders: string[] }) {
  const { register, formState } = useFormContext<EnvelopeValues>();
  if (senders.length === 0) {
    return (
      <p className="self-end text-xs text-slate-500 dark:text-slate-400 sm:col-span-2">
        {/* CONNECTLY_SENDERS offers several; the README says so, for whoever runs the dashboard. */}
        Sender: your business's default number on Connectly.
      </p>
    );
  }
  return (
    <Field
      id="sender-id"
      label="Sender"
      error={formState.errors.senderId?.message}
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
  );
}
