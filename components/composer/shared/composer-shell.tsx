"use client";

import { type ReactNode, startTransition, useActionState, useEffect, useEffectEvent, useRef, useState } from "react";
import { type FieldValues, FormProvider, type Path, type UseFormReturn } from "react-hook-form";
import { useHydrated } from "@/components/hooks/use-hydrated";
import type { PreviewTheme } from "@/components/preview/theme";
import { Button } from "@/components/ui/button";
import { COMPOSER_ANCHOR } from "@/components/ui/skip-targets";
import type { SendPath } from "@/lib/messages/curl";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { withNormalizedRecipient } from "@/lib/messages/recipient";
import type { SendKey } from "@/lib/messages/send-key";
import type { SendOutcome } from "@/lib/sending/send-outcome";
import { ClearDraft } from "./clear-draft";
import { useComposerEvents } from "./composer-events";
import { useComposerSeed, withFixedEnvelope } from "./composer-seed";
import { useConnectlyTarget } from "./connectly-target";
import { JsonPanel } from "./json-panel";
import { OptionsFields } from "./options-fields";
import { PreviewPane } from "./preview-pane";
import { RecipientFields } from "./recipient-fields";
import type { KeyOpening } from "./send-key-storage";
import { SendResult } from "./send-result";
import { sendsOnEnter, TextIslandProvider } from "./text-island";
import { useDraft } from "./use-draft";
import { useFocusOutcome } from "./use-focus-outcome";
import { useRecalledSend } from "./use-recalled-send";
import { useSendKey } from "./use-send-key";

export interface ComposerShellProps<V extends EnvelopeValues & FieldValues, R extends object, I> {
  /** Names the form ("Compose text message") and its draft. */
  type: string;
  form: UseFormReturn<V, unknown, R>;
  /** The form's values as they are now. */
  values: V;
  /** What "Clear draft" resets the form to. */
  defaults: V;
  /** The page opened the form with values of its own ("Edit as new"), so the saved draft is not restored. */
  seeded: boolean;
  /** The request the values make now, valid or not: the JSON panel shows it. */
  request: R;
  /** The endpoint the request goes to, for "Copy as cURL". */
  sendPath: SendPath;
  /** The server action that checks the values again and sends them. */
  action: (previous: SendOutcome | null, input: I) => Promise<SendOutcome>;
  /** What the action receives for these values and this message's send key. */
  actionInput: (values: V, key: SendKey) => I;
  /** Readies the form for the next message once one is sent. */
  onSent: () => void;
  /** Asked once the values are valid, before they are sent; false stops the send (the 24-hour window question). */
  confirmSend?: (values: V) => Promise<boolean>;
  senders: string[];
  recipient?: {
    /** Templates have no place for a display name, so their composer does not ask for one. */
    withName?: boolean;
    hint?: string;
    /** Shown under the recipient fields, inside their card: the customer's 24-hour window. */
    status?: ReactNode;
  };
  /** The type's own fields, between the recipient and the options. */
  children: ReactNode;
  preview: (theme: PreviewTheme) => ReactNode;
}

/**
 * Everything the composers share: the recipient and options, the send round-trip with its result and field errors,
 * Ctrl+Enter, Clear draft, the request's JSON and the preview pane. Each composer brings its form, its fields and
 * its preview. The form is provided as context, which is how the recipient and options fields read it.
 */
export function ComposerShell<V extends EnvelopeValues & FieldValues, R extends object, I>({
  type,
  form,
  values,
  defaults,
  seeded,
  request,
  sendPath,
  action,
  actionInput,
  onSent,
  confirmSend,
  senders,
  recipient,
  children,
  preview,
}: ComposerShellProps<V, R, I>) {
  const { defaultCountry } = useConnectlyTarget();
  const { fixedEnvelope, draftScope } = useComposerSeed();
  const element = useRef<HTMLFormElement>(null);
  const draftNotice = useDraft(type, form, defaults, seeded, element, senders);
  const [answer, dispatch, sending] = useActionState(action, null);
  // Until the scripts run, the form has no submit handler: the browser would send it as a GET of this page, the
  // recipient's number in the address and the message text lost. What is typed meanwhile is kept (useDraft).
  const hydrated = useHydrated();
  const sendKey = useSendKey(type, draftScope, draftNotice);
  // The key the last dispatch carried, which its answer is about.
  const sentWith = useRef<SendKey | null>(null);
  // A send made before the page reloaded (or before its draft was set aside) is answered by the server as if Send
  // were pressed again, until it is: pressed for the draft that opened, or for the one restored since.
  const [pressedIn, setPressedIn] = useState<{ opening: KeyOpening } | null>(null);
  const recalled = useRecalledSend(sendKey.opening, pressedIn?.opening === sendKey.opening);
  const result = recalled?.outcome ?? answer;
  // The outcome shown belongs to the last attempt: a new one takes it away, also when the form refuses it, but not
  // when the 24-hour question is cancelled (nothing was attempted, and an Unknown's warning must stay).
  const [dismissed, setDismissed] = useState<SendOutcome | null>(null);
  const shown = sending || result === dismissed ? null : result;
  const events = useComposerEvents();
  useFocusOutcome(element, shown, events.revealSent);
  // Once per answer, with the caller's latest onSent.
  const settle = useEffectEvent((outcome: SendOutcome) => {
    events.onResult?.(outcome);
    const key = recalled ? recalled.key : sentWith.current;
    // A send recalled after it ended, or answered after Clear draft or Restore it, is not the form's message now.
    const holdsIt = key !== null && sendKey.answered(key, outcome);
    if (outcome.ok) {
      if (holdsIt) {
        onSent();
        draftNotice.sent();
      }
      return;
    }
    for (const [path, message] of Object.entries(outcome.fieldErrors ?? {})) {
      form.setError(path as Path<V>, { type: "server", message }, { shouldFocus: false });
    }
  });

  useEffect(() => {
    if (result) settle(result);
  }, [result]);

  const submit = form.handleSubmit(
    async (valid) => {
      // Sent, and shown, as the number it stands for, also after Ctrl+Enter in the Recipient field (no blur).
      const values = withFixedEnvelope(withNormalizedRecipient(form.getValues(), defaultCountry), fixedEnvelope);
      if (confirmSend && !(await confirmSend(values))) return;
      setDismissed(result);
      if (values.recipient.id !== form.getValues("recipient.id" as Path<V>)) {
        form.setValue("recipient.id" as Path<V>, values.recipient.id as V[Path<V>]);
      }
      if (values.senderId !== form.getValues("senderId" as Path<V>)) {
        form.setValue("senderId" as Path<V>, values.senderId as V[Path<V>]);
      }
      events.onSubmit?.(valid);
      setPressedIn({ opening: sendKey.opening });
      sentWith.current = sendKey.take();
      const key = sentWith.current;
      startTransition(() => dispatch(actionInput(values, key)));
    },
    () => setDismissed(result),
  );

  return (
    <FormProvider {...form}>
      {/* On a phone the preview comes right after the form (behind its Preview toggle) and the JSON after it. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_400px] lg:grid-rows-[auto_1fr]">
        <TextIslandProvider>
          <form
            ref={element}
            id={COMPOSER_ANCHOR}
            tabIndex={-1}
            noValidate
            aria-label={`Compose ${type} message`}
            onSubmit={submit}
            onKeyDown={(event) => {
              if (sendsOnEnter(event)) {
                event.preventDefault();
                if (!sending) event.currentTarget.requestSubmit();
              }
            }}
            className="space-y-6 lg:col-start-1 lg:row-start-1"
          >
            <RecipientFields senders={senders} withName={recipient?.withName} recipientHint={recipient?.hint}>
              {recipient?.status}
            </RecipientFields>
            {children}
            <OptionsFields />
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" variant="primary" disabled={sending || !hydrated} className="min-w-28">
                {sending ? "Sending…" : "Send"}
              </Button>
              {/* A phone has no Ctrl key to press. */}
              <span className="text-xs text-slate-500 dark:text-slate-400 pointer-coarse:hidden">
                or press{" "}
                <kbd className="rounded border border-slate-300 dark:border-slate-600 px-1 font-mono">Ctrl</kbd>+
                <kbd className="rounded border border-slate-300 dark:border-slate-600 px-1 font-mono">Enter</kbd>
              </span>
              <ClearDraft
                type={type}
                form={form}
                defaults={defaults}
                notice={draftNotice}
                answered={result !== null}
                onNewMessage={sendKey.startOver}
              />
            </div>
            <SendResult
              result={shown}
              recipient={values.recipient?.id ?? ""}
              sender={values.senderId ?? ""}
              onSendAsNew={sendKey.renew}
            />
          </form>
        </TextIslandProvider>
        <PreviewPane render={preview} />
        <div className="lg:col-start-1 lg:row-start-2">
          <JsonPanel request={sendKey.track(request)} path={sendPath} />
        </div>
      </div>
    </FormProvider>
  );
}
