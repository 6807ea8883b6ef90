"use client";

import { useRef, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { useComposerSeed } from "./composer-seed";
import { addressedAs, saveDraft } from "./draft-storage";
import type { SubmittedKey } from "./send-key-storage";
import type { DraftNotice, SetAsideDraft } from "./use-draft";
import { usePersonsEdit } from "./use-persons-edit";

const CLEAR_DRAFT_ID = "clear-draft";

/** What one click replaced, until the person types again: Undo puts it back, with the draft it took out of the side. */
interface Undoable<V> {
  values: V;
  said: string;
  aside?: SetAsideDraft<V>;
  /** Gives the message on screen before back its send key. */
  keyBack?: () => void;
}

const SMALL = "px-2 py-1 text-xs";

/**
 * Clear draft empties what was said and keeps who it goes to (recipient and sender), then offers Undo until the
 * person types again: one click should not be able to lose a long message. Its line also says what became of the
 * saved draft as the composer opened: restored (so the person knows why the fields are filled), or set aside because
 * a copy was opened over it or a message was begun before the page was ready, with Restore it and Discard it.
 */
export function ClearDraft<V extends EnvelopeValues & FieldValues, R>({
  type,
  form,
  defaults,
  notice,
  answered,
  onNewMessage,
}: {
  type: string;
  form: UseFormReturn<V, unknown, R>;
  defaults: V;
  notice: DraftNotice<V>;
  /** A send has been answered: the message on screen is no longer the draft that was restored. */
  answered: boolean;
  /**
   * The form now holds another message, which needs a send key of its own, or the one a draft restored was submitted
   * with; returns what gives the old one back.
   */
  onNewMessage?: (carried?: SubmittedKey | null) => () => void;
}) {
  const { draftScope, fixedEnvelope } = useComposerSeed();
  const line = useRef<HTMLDivElement>(null);
  const [undoable, setUndoable] = useState<Undoable<V> | null>(null);
  const [edited, setEdited] = useState(false);
  const saysRestored = notice.restored && !edited && !answered;

  // "Draft restored." and Undo go with the person's first edit, not with a value code sets as the form settles (a
  // template's variable slots), which took them away before the person had done anything.
  usePersonsEdit(form, line, Boolean(undoable) || saysRestored, () => {
    setUndoable(null);
    setEdited(true);
  });

  const restore = (values: V) => {
    form.reset(values, { keepDefaultValues: true });
    // Saved at once, not after useDraft's debounce: a reload right after the click keeps what is shown.
    saveDraft(type, values, draftScope);
  };
  const addressedHere = (values: V): V => (draftScope && fixedEnvelope ? addressedAs(values, fixedEnvelope) : values);
  const keepFocus = () => document.getElementById(CLEAR_DRAFT_ID)?.focus();

  const aside = notice.aside;
  const asideSaid =
    aside?.reason === "begun" && !answered
      ? "Your saved draft was not restored: you had begun a new message."
      : saysRestored
        ? "Draft restored. You had another draft here:"
        : "You had a draft here:";

  return (
    <div ref={line} className="ml-auto flex flex-wrap items-center gap-2">
      {/* Announced, but not a role="status": the composer's one status region is the send result's. */}
      <p aria-live="polite" className="text-xs text-slate-600 dark:text-slate-400">
        {undoable ? (
          <>
            {undoable.said}{" "}
            <Button
              variant="secondary"
              className={SMALL}
              onClick={() => {
                restore(undoable.values);
                if (undoable.aside) notice.setAside(undoable.aside);
                undoable.keyBack?.();
                setUndoable(null);
                // The Undo button goes away: focus stays in the same place rather than falling to the page.
                keepFocus();
              }}
            >
              Undo
            </Button>
          </>
        ) : aside ? (
          <>
            {asideSaid}{" "}
            <Button
              variant="secondary"
              className={SMALL}
              onClick={() => {
                const current = structuredClone(form.getValues());
                restore(addressedHere(aside.values));
                notice.setAside(null);
                setUndoable({
                  values: current,
                  said: "Draft restored.",
                  aside,
                  keyBack: onNewMessage?.(aside.submitted),
                });
                keepFocus();
              }}
            >
              Restore it
            </Button>{" "}
            <Button
              variant="ghost"
              className={SMALL}
              onClick={() => {
                notice.setAside(null);
                keepFocus();
              }}
            >
              Discard it
            </Button>
          </>
        ) : (
          saysRestored && "Draft restored."
        )}
      </p>
      <Button
        id={CLEAR_DRAFT_ID}
        variant="ghost"
        onClick={() => {
          const current = structuredClone(form.getValues());
          restore({ ...defaults, recipient: current.recipient, senderId: current.senderId });
          setUndoable({ values: current, said: "Draft cleared; the recipient is kept.", keyBack: onNewMessage?.() });
        }}
      >
        Clear draft
      </Button>
    </div>
  );
}
