"use client";

import { useMemo } from "react";
import { sendMessageAction } from "@/lib/actions/send-message";
import { normalizeRecipient } from "@/lib/messages/recipient";
import type { MessageType, MessageValues } from "@/lib/messages/registry";
import { useClosedWindowConfirm } from "./closed-window-confirm";
import { useComposerSeed } from "./composer-seed";
import { ComposerShell } from "./composer-shell";
import { useConnectlyTarget } from "./connectly-target";
import { LivePreview } from "./live-preview";
import type { MessageParts } from "./message-parts";
import { SimulateReplyButton } from "./simulate-reply-button";
import { useComposerForm } from "./use-composer-form";
import { useValuesInTransition } from "./use-values-in-transition";
import { WindowStatus } from "./window-status";

const WAITING_ID = "window-status-waiting";

export interface SessionComposerProps<T extends MessageType> extends MessageParts<T> {
  type: T;
  senders: string[];
}

/** A session message composer: the shell with one type's fields and preview, sending through sendMessageAction. */
export function SessionComposer<T extends MessageType>({
  type,
  message,
  Fields,
  Preview,
  senders,
}: SessionComposerProps<T>) {
  const seed = useComposerSeed();
  const target = useConnectlyTarget();
  const form = useComposerForm(message.schema, message.defaults, seed.values);
  const values = useValuesInTransition(form);
  const request = useMemo(() => message.build(values), [message, values]);
  const typed = values.recipient?.id ?? "";
  // The badge and the question before Send are about the number it will be sent to, even as typed ("1 604 …").
  const recipient = normalizeRecipient(typed, target.defaultCountry) ?? typed;
  const sender = values.senderId ?? "";
  const closedWindow = useClosedWindowConfirm();
  const simulates = target.sandbox && !seed.simulateReplyOnPage;

  return (
    <ComposerShell
      type={type}
      form={form}
      values={values}
      defaults={message.defaults}
      seeded={Boolean(seed.values) && !seed.draftScope}
      request={request}
      sendPath="send/messages"
      action={sendMessageAction}
      confirmSend={(current) => closedWindow.confirm(current.recipient.id, current.senderId ?? "")}
      actionInput={(current, key) => ({ type, values: current, key })}
      onSent={() => {
        // Keep who it goes to and how; clear only what was said, ready for the next message.
        const current = form.getValues();
        form.reset({
          ...message.defaults,
          recipient: current.recipient,
          senderId: current.senderId,
          campaignName: current.campaignName,
          callbackData: current.callbackData,
        });
      }}
      senders={senders}
      recipient={{
        status: (
          // The button is there before the number is whole, waiting, so the Tab order never grows a stop between
          // the envelope and the message as the number is typed: a space meant for the text would press it.
          <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
            <WindowStatus recipient={recipient} sender={sender} waitingId={WAITING_ID} simulates={simulates} />
            {simulates && <SimulateReplyButton recipient={recipient} sender={sender} waiting={WAITING_ID} />}
          </div>
        ),
      }}
      preview={(theme) => (
        <LivePreview
          control={form.control}
          render={(live: MessageValues<T>) => <Preview request={message.build(live)} theme={theme} />}
        />
      )}
    >
      <section className="space-y-4 rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 p-4 shadow-sm">
        <Fields type={type} form={form} values={values} />
      </section>
      {/* Not in the recipient's card: a conversation's composer says who it goes to instead, without that card's status. */}
      {closedWindow.dialog}
    </ComposerShell>
  );
}
