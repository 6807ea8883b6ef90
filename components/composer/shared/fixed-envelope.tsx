import { useFormContext } from "react-hook-form";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import type { FixedEnvelopeSeed } from "./composer-seed";
import { EnvelopeCard, RecipientNameField, SenderField } from "./envelope-parts";

/**
 * A reply's recipient and business number when the page decides them: said, not asked, so a reply in a
 * conversation cannot be sent to anyone else by a slip in a field. A thread whose business number Connectly did not
 * report still asks for the sender.
 */
export function FixedEnvelope({
  envelope,
  senders,
  withName,
}: {
  envelope: FixedEnvelopeSeed;
  senders: string[];
  withName: boolean;
}) {
  const { formState } = useFormContext<EnvelopeValues>();
  const { customer, customerName, businessNumber } = envelope;
  const problem =
    formState.errors.recipient?.id?.message ?? (businessNumber ? formState.errors.senderId?.message : undefined);
  return (
    <EnvelopeCard>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">To</dt>
        <dd className="min-w-0 break-words text-slate-900 dark:text-slate-100">
          {customerName && <span className="font-medium">{customerName} </span>}
          <span className="tabular-nums">{customer}</span>
        </dd>
        {businessNumber && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">From</dt>
            <dd className="tabular-nums text-slate-900 dark:text-slate-100">{businessNumber}</dd>
          </>
        )}
      </dl>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        A reply goes to this conversation's customer{businessNumber ? ", from the number they wrote to" : ""}.
      </p>
      {problem && <p className="mt-2 text-xs text-red-700 dark:text-red-300">{problem}</p>}
      {(withName || !businessNumber) && (
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {withName && <RecipientNameField />}
          {!businessNumber && <SenderField senders={senders} />}
        </div>
      )}
    </EnvelopeCard>
  );
}
