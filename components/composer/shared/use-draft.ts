"use client";

import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from "react";
import { type FieldValues, set, type UseFormReturn } from "react-hook-form";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { useComposerSeed } from "./composer-seed";
import {
  type AsideReason,
  addressedAs,
  adoptOldSender,
  keepSetAside,
  loadDraft,
  loadSetAside,
  openingDraft,
  remembersSender,
  removeDraft,
  type StoredAside,
  saveDraft,
  saysNothing,
  setSavedDraftAside,
} from "./draft-storage";
import { forgetInAddress } from "./forget-in-address";
import { typedBeforeHydration } from "./typed-before-hydration";

/**
 * A draft left out of the form, with the send key it was submitted with if it was, and why: a copy opened over it, a
 * message begun first, or a visit before this one.
 */
export interface SetAsideDraft<V> extends StoredAside<V> {
  reason: AsideReason | "earlier";
}

/** What the composer says about its draft (ClearDraft's line). */
export interface DraftNotice<V> {
  /** The saved draft filled the form when it opened. */
  restored: boolean;
  /** The form has opened (after hydration), restoring the saved draft or leaving it out. */
  opened: boolean;
  /** The form holds what was saved: no copy was opened over it and nothing was begun before it was restored. */
  asSaved: boolean;
  aside: SetAsideDraft<V> | null;
  /** Stores (or with null forgets) the draft set aside. */
  setAside: (aside: SetAsideDraft<V> | null) => void;
  /** A message was sent from the composer. */
  sent: () => void;
}

/**
 * Restores the type's draft after hydration (the server cannot see localStorage) unless the page seeded the form or
 * the person had already started on it before the script ran, then saves every change, so a reload or a switch of
 * type loses nothing typed. A draft left out is set aside in storage, for the person to restore. `senders` are the
 * ones offered, which a thread's draft keeps its Sender among.
 */
export function useDraft<V extends EnvelopeValues & FieldValues, R>(
  type: string,
  form: UseFormReturn<V, unknown, R>,
  defaults: V,
  seeded: boolean,
  element: RefObject<HTMLFormElement | null>,
  senders: string[],
): DraftNotice<V> {
  const { draftScope, fixedEnvelope } = useComposerSeed();
  const businessNumber = fixedEnvelope?.businessNumber;
  const restored = useRef(false);
  const [opened, setOpened] = useState<Omit<DraftNotice<V>, "setAside" | "sent">>({
    restored: false,
    opened: false,
    asSaved: false,
    aside: null,
  });
  const setAside = useCallback(
    (aside: SetAsideDraft<V> | null) => {
      keepSetAside(type, aside, draftScope);
      setOpened((current) => ({ ...current, aside }));
    },
    [type, draftScope],
  );
  // Once a reply is sent in a thread, its conversation has moved on: a half reply set aside there answers what came
  // before, and offering it on every later visit would keep a customer's words in the browser for good. On /compose
  // a draft set aside is a message of its own, kept until the person restores or discards it.
  const sent = useCallback(() => {
    if (draftScope) setAside(null);
  }, [draftScope, setAside]);
  // A layout effect runs before the browser handles another keystroke, so the draft lands before the form takes
  // input; a passive one could run between two keystrokes and put the draft under the person's typing.
  useLayoutEffect(() => {
    if (restored.current) return;
    restored.current = true;
    // Read before the draft is put in the inputs, while they still hold what the person typed. Compared with what the
    // server rendered, not with the form's values: a keystroke the hydrated form already took is typed all the same.
    const typed = typedBeforeHydration(element.current, form.formState.defaultValues ?? defaults);
    // Someone who typed, or went into a field, is writing a new message: the draft is left out whole. Put into the
    // fields they had not reached yet, it went under the keys they typed next ("old captionnew caption"), and it
    // could send an old message's words to the person just typed in.
    const started = typed.length > 0 || startedIn(element.current);
    if (draftScope && fixedEnvelope && !fixedEnvelope.businessNumber) adoptOldSender(draftScope, form.getValues());
    const opening = openingDraft(loadDraft(type, defaults, draftScope), form.getValues(), defaults, {
      seeded,
      started,
    });
    // A thread's reply goes to its customer from its number, whatever its draft said last.
    const draft =
      opening.restore && draftScope && fixedEnvelope
        ? addressedAs(opening.restore, fixedEnvelope, senders)
        : opening.restore;
    // Kept before what the form holds is saved over it, or the old draft would be gone without a word.
    const aside = opening.setAside && {
      ...setSavedDraftAside(type, opening.setAside.values, draftScope),
      reason: opening.setAside.reason,
    };
    const earlier = aside ? null : loadSetAside(type, defaults, draftScope);
    setOpened({
      restored: opening.announce,
      opened: true,
      asSaved: !seeded && !started,
      aside: aside ?? (earlier && { ...earlier, reason: "earlier" }),
    });
    if (draft || typed.length > 0) {
      // The draft, or what was typed put over the rendered values: one reset either way.
      const values = structuredClone(draft ?? form.getValues());
      for (const [name, value] of typed) set(values, name, value);
      // keepFieldsRef: a plain reset forgets the inputs until they render again, and until then React Hook Form drops
      // the keys typed into them and, re-registering, writes the old value back over them (a slow phone lost the last
      // digits typed during hydration).
      form.reset(values, { keepDefaultValues: true, keepFieldsRef: true });
      // The composer's watchers subscribe in their own layout effects, a parent's after this one: tell them once
      // they all have, still before the browser hands the form another keystroke.
      queueMicrotask(() =>
        form.reset(form.getValues(), {
          keepDefaultValues: true,
          keepDirty: true,
          keepTouched: true,
          keepErrors: true,
          keepFieldsRef: true,
        }),
      );
    }
    if (seeded) {
      // "Edit as new": from now on the copy is the draft, and the address no longer names the history entry, so a
      // reload restores the edits instead of copying the sent message again.
      saveDraft(type, form.getValues(), draftScope);
      forgetInAddress("from");
    }
  }, [type, form, defaults, seeded, element, draftScope, fixedEnvelope, senders]);

  // A layout effect too, so that on a switch of type this composer's last keystrokes are saved (in its cleanup)
  // before the next composer restores the shared envelope; a passive cleanup would run after that.
  useLayoutEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsaved: V | undefined;
    const flush = () => {
      clearTimeout(timer);
      if (unsaved && draftScope && saysNothing(unsaved, defaults)) {
        removeDraft(type, draftScope, remembersSender(unsaved, businessNumber) ? unsaved : undefined);
      } else if (unsaved) saveDraft(type, unsaved, draftScope);
      unsaved = undefined;
    };
    const subscription = form.watch((values) => {
      unsaved = values as V;
      clearTimeout(timer);
      // Debounced: typing a 4,000-character text must not serialize it to storage on every keystroke.
      timer = setTimeout(flush, 300);
    });
    // A reload or a click away within the debounce must not lose the last keystrokes.
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
      subscription.unsubscribe();
    };
  }, [type, form, defaults, draftScope, businessNumber]);

  return { ...opened, setAside, sent };
}

/** Whether the focus is in one of the form's fields: the person went into it to type, before the script ran. */
function startedIn(form: HTMLFormElement | null): boolean {
  const focused = document.activeElement;
  return !!form && !!focused && form.contains(focused) && focused.matches("input, select, textarea");
}
