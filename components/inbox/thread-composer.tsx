"use client";

import { useRef, useState } from "react";
import { ComposerSwitch } from "@/components/composer/composer-switch";
import { type ComposerEvents, ComposerEventsProvider } from "@/components/composer/shared/composer-events";
import { ComposerSeedProvider } from "@/components/composer/shared/composer-seed";
import { TemplateComposerLoader } from "@/components/composer/template/template-composer-loader";
import { inputClass } from "@/components/ui/field";
import type { ActionError } from "@/lib/actions/result";
import type { ThreadRef } from "@/lib/inbox/thread-types";
import type { MessageType } from "@/lib/messages/registry";
import type { SavedReply } from "@/lib/saved-replies/saved-reply";
import type { TemplateCatalog } from "@/lib/templates/cache";
import { describeWindow, SESSION_REFUSED, type WindowState } from "@/lib/whatsapp/window";
import { replyField } from "./reveal-sent";
import { SavedReplyMenu } from "./saved-reply-menu";

export interface ComposerChoice {
  type: MessageType | "template";
  label: string;
}

/**
 * The reply box under a thread: the same composers as /compose, opened with this customer and business number,
 * every session type and templates. A closed window opens it on a template, which may be sent at any time.
 */
export function ThreadComposer({
  thread,
  customerName,
  senders,
  choices,
  templates,
  savedReplies,
  customerWindow,
  events,
}: {
  thread: ThreadRef;
  customerName: string | null;
  senders: string[];
  choices: ComposerChoice[];
  templates: { catalog: TemplateCatalog | null; loadError: ActionError | null };
  savedReplies: SavedReply[];
  /** The customer's window now: it picks the first composer, and the warning above a session message. */
  customerWindow: WindowState;
  events: ComposerEvents;
}) {
  const [choice, setChoice] = useState<ComposerChoice["type"]>(customerWindow.state === "open" ? "text" : "template");
  const typeSelect = useRef<HTMLSelectElement>(null);
  const section = useRef<HTMLElement>(null);
  // The id of the field the reply was written in, taken as it is sent: a sent reply leaves the focus there, so a
  // second line needs no click back into the box.
  const writtenIn = useRef("");
  // The button pressed goes with the composer it was in, so the focus goes to the choice it changed, just above the
  // template composer, rather than back to the top of the page.
  const templateInstead = () => {
    setChoice("template");
    typeSelect.current?.focus();
  };
  // The thread's number is offered even when it is not among CONNECTLY_SENDERS: the reply must come from it.
  const from =
    thread.businessNumber && !senders.includes(thread.businessNumber) ? [...senders, thread.businessNumber] : senders;
  // Each thread keeps its own drafts, started with its customer and number. Without a number, the Sender picked is
  // kept in them (useDraft), through a reload, a switch of type and a send.
  const draftScope = `inbox:${thread.customer}:${thread.businessNumber}`;
  // The header above already shows the customer and the window: the composer only says where the reply goes.
  const fixedEnvelope = { customer: thread.customer, customerName, businessNumber: thread.businessNumber };
  const seed = {
    // The name they go by on WhatsApp, so the reply's history row carries it and a search by name finds it.
    values: { recipient: { id: thread.customer, name: customerName ?? "" }, senderId: thread.businessNumber },
    draftScope,
    simulateReplyOnPage: true,
    fixedEnvelope,
  };

  return (
    <section ref={section} aria-labelledby="reply-heading" className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <h2 id="reply-heading" className="text-base font-semibold text-slate-900 dark:text-slate-100">
          Reply
        </h2>
        <label className="ml-auto flex items-center gap-2 text-sm whitespace-nowrap text-slate-700 dark:text-slate-300">
          Message type
          <select
            ref={typeSelect}
            className={`${inputClass} w-auto`}
            value={choice}
            onChange={(event) => setChoice(event.target.value as ComposerChoice["type"])}
          >
            {choices.map((option) => (
              <option key={option.type} value={option.type}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {customerWindow.state !== "open" && choice === "template" && (
        <p className="text-sm text-slate-600 dark:text-slate-400">{describeWindow(customerWindow)}.</p>
      )}
      {customerWindow.state !== "open" && choice !== "template" && (
        <p className="rounded-md border border-amber-300 dark:border-amber-700 bg-amber-50 dark:bg-amber-950 p-3 text-sm text-amber-950 dark:text-amber-50">
          {describeWindow(customerWindow)}. {SESSION_REFUSED}{" "}
          <button type="button" className="font-semibold underline" onClick={templateInstead}>
            Send a template instead
          </button>
        </p>
      )}
      <ComposerEventsProvider
        events={{
          ...events,
          onSubmit(request) {
            writtenIn.current = replyField(section.current)?.id ?? "";
            events.onSubmit?.(request);
          },
          revealSent() {
            // By id: the field may have been drawn anew since, as the form was cleared.
            const field = writtenIn.current ? document.getElementById(writtenIn.current) : null;
            if (field && section.current?.contains(field)) field.focus({ preventScroll: true });
            events.revealSent?.();
          },
          onTemplateInstead: templateInstead,
        }}
      >
        <SavedReplyMenu key={choice} replies={savedReplies} customerName={customerName}>
          {choice === "template" ? (
            <ComposerSeedProvider seed={{ draftScope, fixedEnvelope }}>
              <TemplateComposerLoader
                catalog={templates.catalog}
                loadError={templates.loadError}
                senders={from}
                prefill={{ recipient: thread.customer, sender: thread.businessNumber || undefined }}
              />
            </ComposerSeedProvider>
          ) : (
            <ComposerSeedProvider seed={seed}>
              <ComposerSwitch type={choice} senders={from} />
            </ComposerSeedProvider>
          )}
        </SavedReplyMenu>
      </ComposerEventsProvider>
    </section>
  );
}
