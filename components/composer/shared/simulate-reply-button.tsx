"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, useTransition } from "react";
import { type SimulateReplyInput, simulateReplyAction } from "@/lib/actions/simulate-reply";
import type { ThreadRef } from "@/lib/inbox/thread-types";
import { recipientKind } from "@/lib/messages/recipient";
import { windowQueryKey } from "./window-status";

/**
 * Sandbox mode: makes the simulator send a reply from the customer, so the 24-hour window can be watched opening.
 * Always in its place, so the Tab order does not change as a number becomes whole: until it is, the button says
 * why it waits (`waiting`, the id of the words) and does nothing. Never `disabled`, which would drop the focus to
 * the page as it runs. In a conversation it is given the `thread`, whose reply comes into it (also one without a
 * business number); in a composer the `recipient` and `sender` typed, '' being Connectly's default number.
 */
export function SimulateReplyButton({
  onReplied,
  waiting,
  ...to
}: ({ thread: ThreadRef } | { recipient: string; sender: string }) & {
  /** Called once the reply has reached this app's webhook. */
  onReplied?: () => void;
  waiting?: string;
}) {
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);
  const input: SimulateReplyInput =
    "thread" in to ? { thread: to.thread } : { recipient: to.recipient.trim(), sender: to.sender.trim() };
  const [id, sender] =
    "thread" in input ? [input.thread.customer, input.thread.businessNumber] : [input.recipient, input.sender];
  const ready = recipientKind(id) !== null;
  return (
    <span className="inline-flex items-center gap-2 text-sm">
      <button
        type="button"
        aria-disabled={pending || !ready || undefined}
        aria-describedby={ready ? undefined : waiting}
        onClick={() => {
          if (pending || !ready) return;
          startTransition(async () => {
            const result = await simulateReplyAction(input);
            setProblem(result.ok ? null : `${result.error.message} ${result.error.hint}`);
            if (result.ok) onReplied?.();
            await queryClient.invalidateQueries({ queryKey: windowQueryKey(id, sender) });
          });
        }}
        className="rounded-md border border-amber-300 dark:border-amber-700 bg-amber-50 dark:bg-amber-950 px-2 py-1 text-xs font-medium text-amber-900 dark:text-amber-100 hover:bg-amber-100 dark:hover:bg-amber-900 aria-disabled:cursor-not-allowed aria-disabled:opacity-60 aria-disabled:hover:bg-amber-50 dark:aria-disabled:hover:bg-amber-950"
      >
        {pending ? "Simulating…" : "Simulate customer reply"}
      </button>
      {problem ? <span className="text-xs text-red-700 dark:text-red-300">{problem}</span> : null}
    </span>
  );
}
