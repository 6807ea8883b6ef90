"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type ReactNode, startTransition, useActionState, useEffect } from "react";
import {
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
  useForm,
  useWatch,
} from "react-hook-form";
import type { z } from "zod";
import { sendMessageAction } from "@/app/compose/[type]/send-message-action";
import { Button } from "@/components/ui/button";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import type { MessageType, SessionMessageRequest } from "@/lib/messages/request";
import { useComposerSeed } from "./composer-seed";
import { useConnectlyTarget } from "./connectly-target";
import { clearDraft, mergeKnown } from "./draft-storage";
import { JsonPanel } from "./json-panel";
import { OptionsFields } from "./options-fields";
import { PreviewPane } from "./preview-pane";
import { RecipientFields } from "./recipient-fields";
import { SendResult } from "./send-result";
import { SimulateReplyButton } from "./simulate-reply-button";
import { useDraft } from "./use-draft";
import { WindowStatus } from "./window-status";

export interface ComposerShellProps<V extends EnvelopeValues & FieldValues> {
  type: MessageType;
  schema: z.ZodType<SessionMessageRequest, V>;
  defaults: V;
  build: (values: V) => SessionMessageRequest;
  senders: string[];
  fields: (form: UseFormReturn<V, unknown, SessionMessageRequest>, values: V) => ReactNode;
  preview: (request: SessionMessageRequest, theme: "light" | "dark") => ReactNode;
}

/**
 * Everything the composers share: the form state, recipient and options, the live preview and JSON of the
 * request, and the send round-trip. Each message type brings only its schema, its fields and its bubble.
 */
export function ComposerShell<V extends EnvelopeValues & FieldValues>({
  type,
  schema,
  defaults,
  build,
  senders,
  fields,
  preview,
}: ComposerShellProps<V>) {
  const seed = useComposerSeed();
  const target = useConnectlyTarget();
  const form = useForm<V, unknown, SessionMessageRequest>({
    resolver: zodResolver(schema as never) as unknown as Resolver<V, unknown, SessionMessageRequest>,
    defaultValues: (seed.values ? mergeKnown(defaults, seed.values) : defaults) as DefaultValues<V>,
    mode: "onTouched",
  });
  useDraft(type, form as never, defaults, Boolean(seed.values));
  const values = useWatch({ control: form.control }) as V;
  const request = build(values);
  const [result, dispatch, sending] = useActionState(sendMessageAction, null);

  useEffect(() => {
    if (!result) return;
    if (result.ok) {
      // Keep who it goes to and how; clear only what was said, ready for the next message.
      const current = form.getValues();
      form.reset({
        ...defaults,
        recipient: current.recipient,
        senderId: current.senderId,
        campaignName: current.campaignName,
        callbackData: current.callbackData,
      } as V);
      return;
    }
    for (const [path, message] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(path as Path<V>, { type: "server", message }, { shouldFocus: false });
    }
  }, [result, form, defaults]);

  const submit = form.handleSubmit(() => {
    startTransition(() => dispatch({ type, values: form.getValues() }));
  });

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_400px]">
      <form
        noValidate
        aria-label={`Compose ${type} message`}
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            if (!sending) event.currentTarget.requestSubmit();
          }
        }}
        className="space-y-6"
      >
        <RecipientFields form={form as never} senders={senders}>
          <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
            <WindowStatus recipient={values.recipient?.id ?? ""} sender={values.senderId ?? ""} />
            {target.sandbox && (
              <SimulateReplyButton recipient={values.recipient?.id ?? ""} sender={values.senderId ?? ""} />
            )}
          </div>
        </RecipientFields>
        <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          {fields(form, values)}
        </section>
        <OptionsFields form={form as never} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="primary" disabled={sending} className="min-w-28">
            {sending ? "Sending…" : "Send"}
          </Button>
          <span className="text-xs text-slate-500">
            or press <kbd className="rounded border border-slate-300 px-1 font-mono">Ctrl</kbd>+
            <kbd className="rounded border border-slate-300 px-1 font-mono">Enter</kbd>
          </span>
          <Button
            variant="ghost"
            className="ml-auto"
            onClick={() => {
              clearDraft(type);
              form.reset(defaults);
            }}
          >
            Clear draft
          </Button>
        </div>
        <SendResult
          result={sending ? null : result}
          recipient={values.recipient?.id ?? ""}
          sender={values.senderId ?? ""}
        />
        <JsonPanel request={request} />
      </form>
      <PreviewPane render={(theme) => preview(request, theme)} />
    </div>
  );
}
