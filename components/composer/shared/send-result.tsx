import Link from "next/link";
import { CopyButton } from "@/components/ui/copy-button";
import type { SendOutcome } from "@/lib/sending/send-outcome";

/**
 * The status region is always mounted so screen readers announce a success when its text arrives; the alert is
 * mounted with its content, which is what makes it interrupt.
 */
export function SendResult({
  result,
  recipient = "",
  sender = "",
}: {
  result: SendOutcome | null;
  /** Carried over when the way forward is a template. */
  recipient?: string;
  sender?: string;
}) {
  const template = new URLSearchParams({ recipient: recipient.trim() });
  if (sender) template.set("sender", sender);
  return (
    <>
      <div role="status" aria-live="polite">
        {result?.ok && (
          <div className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-950">
            <p className="font-semibold">Sent to Connectly.</p>
            <p className="mt-1 flex flex-wrap items-center gap-2">
              Message id <code className="rounded bg-white px-1.5 py-0.5 font-mono">{result.connectlyId}</code>
              <CopyButton text={result.connectlyId} label="Copy message id" />
            </p>
            <p className="mt-2">
              <Link className="font-medium text-emerald-800 underline" href={`/history/${result.historyId}`}>
                View it in history
              </Link>
              {result.attempts > 1 && (
                <span className="ml-2 text-emerald-800">(accepted on attempt {result.attempts})</span>
              )}
            </p>
          </div>
        )}
      </div>
      {result && !result.ok && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950">
          <p className="font-semibold">{result.error.title}</p>
          <p className="mt-1">{result.error.message}</p>
          <p className="mt-1">
            <span className="font-medium">What to do: </span>
            {result.error.hint}
          </p>
          {result.error.action === "send-template" && (
            <p className="mt-2">
              <Link className="font-semibold text-red-900 underline" href={`/compose/template?${template}`}>
                Send a template instead
              </Link>
            </p>
          )}
          <p className="mt-2 text-xs text-red-800">
            Code <code className="font-mono">{result.error.code}</code>
            {result.error.status ? <> · HTTP {result.error.status}</> : null}
            {result.error.traceId ? (
              <>
                {" "}
                · trace <code className="font-mono">{result.error.traceId}</code>
              </>
            ) : null}
            {result.error.historyId ? (
              <>
                {" "}
                ·{" "}
                <Link className="underline" href={`/history/${result.error.historyId}`}>
                  recorded in history
                </Link>
              </>
            ) : null}
          </p>
        </div>
      )}
    </>
  );
}
