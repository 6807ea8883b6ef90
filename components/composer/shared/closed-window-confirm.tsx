"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { type ReactNode, useCallback, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Button } from "@/components/ui/button";
import { recipientKind } from "@/lib/messages/recipient";
import { closedWindowQuestion, type NotOpen, windowState } from "@/lib/whatsapp/window";
import { useComposerEvents } from "./composer-events";
import { fetchWindow, windowQueryKey } from "./window-status";

export interface ClosedWindowConfirm {
  /**
   * Resolves true to send: the window is open, could not be checked, or the person chose Send anyway. Given the
   * address being sent to, not the one last rendered: the composer's rendered values trail the keys by a moment.
   */
  confirm: (recipient: string, sender: string) => Promise<boolean>;
  dialog: ReactNode;
}

/**
 * Asks before a session message goes to a customer whose 24-hour window the badge shows closed. The window is looked
 * up (or taken from the badge's fresh answer) before deciding, so the question never depends on how fast the badge
 * was; a lookup that fails lets the send go, and Connectly's own answer then explains.
 */
export function useClosedWindowConfirm(): ClosedWindowConfirm {
  const queryClient = useQueryClient();
  const { onTemplateInstead } = useComposerEvents();
  const dialog = useRef<HTMLDialogElement>(null);
  const answer = useRef<{ promise: Promise<boolean>; resolve: (send: boolean) => void } | null>(null);
  // The address the question is about, for its template link, and its window, for its words.
  const [asked, setAsked] = useState<{ id: string; from: string; window: NotOpen }>({
    id: "",
    from: "",
    window: { state: "unknown" },
  });

  const close = useCallback((send: boolean) => {
    const pending = answer.current;
    answer.current = null;
    if (dialog.current?.open) dialog.current.close();
    pending?.resolve(send);
  }, []);

  const confirm = useCallback(
    async (recipient: string, sender: string) => {
      if (answer.current) return answer.current.promise;
      const id = recipient.trim();
      const from = sender.trim();
      if (!recipientKind(id)) return true;
      let state: ReturnType<typeof windowState>;
      try {
        const data = await queryClient.fetchQuery({
          queryKey: windowQueryKey(id, from),
          queryFn: () => fetchWindow(id, from),
          staleTime: 10_000,
        });
        const now = new Date(Date.now() + data.clockOffsetMs);
        state = windowState(data.lastInboundAt === null ? null : new Date(data.lastInboundAt), now);
      } catch {
        return true;
      }
      // Without its dialog on the page the question cannot be asked; Connectly's refusal then says it in plain words.
      if (state.state === "open" || !dialog.current) return true;
      let resolve: (send: boolean) => void = () => undefined;
      const promise = new Promise<boolean>((done) => {
        resolve = done;
      });
      answer.current = { promise, resolve };
      // Its words are in the dialog before it opens, which is when a screen reader reads them.
      flushSync(() => setAsked({ id, from, window: state }));
      dialog.current?.showModal();
      return promise;
    },
    [queryClient],
  );

  const template = new URLSearchParams({ recipient: asked.id });
  if (asked.from) template.set("sender", asked.from);
  return {
    confirm,
    dialog: (
      <dialog
        ref={dialog}
        aria-labelledby="closed-window-title"
        aria-describedby="closed-window-question"
        onCancel={() => close(false)}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-amber-300 dark:border-amber-700 bg-white dark:bg-slate-900 p-5 text-sm text-slate-900 dark:text-slate-100 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id="closed-window-title" className="text-base font-semibold">
          Send outside the 24-hour window?
        </h2>
        <p id="closed-window-question" className="mt-2">
          {closedWindowQuestion(asked.window)}
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-2">
          {onTemplateInstead ? (
            <Button
              variant="primary"
              onClick={() => {
                close(false);
                onTemplateInstead();
              }}
            >
              Send a template instead
            </Button>
          ) : (
            <Link
              href={`/compose/template?${template}`}
              onClick={() => close(false)}
              className="rounded-md bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700"
            >
              Send a template instead
            </Link>
          )}
          <Button onClick={() => close(true)}>Send anyway</Button>
          <Button variant="ghost" onClick={() => close(false)}>
            Cancel
          </Button>
        </div>
      </dialog>
    ),
  };
}
