"use client";

import { useEffect, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { useComposerSeed } from "./composer-seed";
import { saveDraft } from "./draft-storage";

const CLEAR_DRAFT_ID = "clear-draft";

/**
 * Clear draft empties what was said and keeps who it goes to (recipient and sender), then offers Undo until the
 * person types again: one click should not be able to lose a long message. Its line also says when the saved draft
 * was left out because the person had begun a new message before the page was ready (`draftSkipped`): the new
 * message is saved over it, which would otherwise go unnoticed.
 */
export function ClearDraft<V extends EnvelopeValues & FieldValues, R>({
  type,
  form,
  defaults,
  draftSkipped = false,
}: {
  type: string;
  form: UseFormReturn<V, unknown, R>;
  defaults: V;
  draftSkipped?: boolean;
}) {
  const { draftScope } = useComposerSeed();
  const [cleared, setCleared] = useState<V | null>(null);

  useEffect(() => {
    if (!cleared) return;
    // Only the person's own edits have a name; the reset that cleared the form has none.
    const subscription = form.watch((_, { name }) => {
      if (name) setCleared(null);
    });
    return () => subscription.unsubscribe();
  }, [cleared, form]);

  const restore = (values: V) => {
    form.reset(values, { keepDefaultValues: true });
    // Saved at once, not after useDraft's debounce: a reload right after the click keeps what is shown.
    saveDraft(type, values, draftScope);
  };

  return (
    <div className="ml-auto flex flex-wrap items-center gap-2">
      {/* Announced, but not a role="status": the composer's one status region is the send result's. */}
      <p aria-live="polite" className="text-xs text-slate-600">
        {!cleared && draftSkipped && "Your saved draft was not restored: you had begun a new message."}
        {cleared && (
          <>
            Draft cleared; the recipient is kept.{" "}
            <Button
              variant="secondary"
              className="px-2 py-1 text-xs"
              onClick={() => {
                restore(cleared);
                setCleared(null);
                // The Undo button goes away: focus stays in the same place rather than falling to the page.
                document.getElementById(CLEAR_DRAFT_ID)?.focus();
              }}
            >
              Undo
            </Button>
          </>
        )}
      </p>
      <Button
        id={CLEAR_DRAFT_ID}
        variant="ghost"
        onClick={() => {
          const current = structuredClone(form.getValues());
          restore({ ...defaults, recipient: current.recipient, senderId: current.senderId });
          setCleared(current);
        }}
      >
        Clear draft
      </Button>
    </div>
  );
}
