import Link from "next/link";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import type { ActionError } from "@/lib/actions/result";
import { SEND_KEY_REUSED, type SendOutcome } from "@/lib/sending/send-outcome";
import { useComposerEvents } from "./composer-events";
import { SEND_OUTCOME } from "./use-focus-outcome";

/**
 * The status region is always mounted so screen readers announce a success when its text arrives; the alert is
 * mounted with its content, which is what makes it interrupt.
 */
export function SendResult({
  result,
  recipient = "",
  sender = "",
  onSendAsNew,
}: {
  result: SendOutcome | null;
  /** Carried over when the way forward is a template. */
  recipient?: string;
  sender?: string;
  /** Gives the composer a new send key; offered when the last outcome is unknown, as the one way to send again. */
  onSendAsNew?: () => void;
}) {
  return (
    <>
      <div role="status" aria-live="polite">
        {result?.ok && (
          <div
            {...SEND_OUTCOME}
            className="rounded-lg border border-emerald-300 dark:border-emerald-700 bg-emerald-50 dark:bg-emerald-950 p-4 text-sm text-emerald-950 dark:text-emerald-50"
          >
            <p className="font-semibold">
              {result.repeat ? "Already sent to Connectly: nothing was sent again." : "Sent to Connectly."}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2">
              Message id{" "}
              <code className="rounded bg-white dark:bg-slate-900 px-1.5 py-0.5 font-mono">{result.connectlyId}</code>
              <CopyButton text={result.connectlyId} label="Copy message id" />
            </p>
            <p className="mt-2">
              <Link
                className="font-medium text-emerald-800 dark:text-emerald-200 underline"
                href={`/history/${result.historyId}`}
              >
                View it in history
              </Link>
              {result.attempts > 1 && (
                <span className="ml-2 text-emerald-800 dark:text-emerald-200">
                  (accepted on attempt {result.attempts})
                </span>
              )}
            </p>
          </div>
        )}
      </div>
      {result && !result.ok && (
        <SendProblem error={result.error} recipient={recipient} sender={sender} onSendAsNew={onSendAsNew} />
      )}
    </>
  );
}

function SendProblem({
  error,
  recipient,
  sender,
  onSendAsNew,
}: {
  error: ActionError;
  recipient: string;
  sender: string;
  onSendAsNew?: () => void;
}) {
  const { onTemplateInstead } = useComposerEvents();
  const unknown = error.outcome === "unknown";
  // Sending once more is a person's decision after an unknown outcome, never the Send button's default.
  const offerResend = onSendAsNew && (unknown || error.code === SEND_KEY_REUSED);
  const template = new URLSearchParams({ recipient: recipient.trim() });
  if (sender) template.set("sender", sender);
  const tone = unknown
    ? "border-amber-300 dark:border-amber-700 bg-amber-50 dark:bg-amber-950 text-amber-950 dark:text-amber-50"
    : "border-red-300 dark:border-red-800 bg-red-50 dark:bg-red-950 text-red-950 dark:text-red-100";
  const quiet = unknown ? "text-amber-900 dark:text-amber-100" : "text-red-800 dark:text-red-200";
  return (
    <div role="alert" {...SEND_OUTCOME} className={`rounded-lg border p-4 text-sm ${tone}`}>
      <p className="font-semibold">{error.title}</p>
      <p className="mt-1">{error.message}</p>
      <p className="mt-1">
        <span className="font-medium">What to do: </span>
        {error.hint}
      </p>
      {error.action === "send-template" && (
        <p className="mt-2">
          {/* In a conversation, as its banner and the closed-window question do: the template is written there. */}
          {onTemplateInstead ? (
            <button
              type="button"
              className="font-semibold text-red-900 dark:text-red-200 underline"
              onClick={onTemplateInstead}
            >
              Send a template instead
            </button>
          ) : (
            <Link
              className="font-semibold text-red-900 dark:text-red-200 underline"
              href={`/compose/template?${template}`}
            >
              Send a template instead
            </Link>
          )}
        </p>
      )}
      {offerResend && (
        <p className="mt-3">
          <Button
            onClick={(event) => {
              onSendAsNew();
              event.currentTarget.form?.requestSubmit();
            }}
          >
            {unknown ? "Send again as a new message" : "Send this as a new message"}
          </Button>
        </p>
      )}
      <p className={`mt-2 text-xs ${quiet}`}>
        Code <code className="font-mono">{error.code}</code>
        {error.status ? <> · HTTP {error.status}</> : null}
        {error.traceId ? (
          <>
            {" "}
            · trace <code className="font-mono">{error.traceId}</code>
          </>
        ) : null}
        {error.historyId ? (
          <>
            {" "}
            ·{" "}
            <Link className="underline" href={`/history/${error.historyId}`}>
              {error.code === SEND_KEY_REUSED ? "the earlier message in history" : "recorded in history"}
            </Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
