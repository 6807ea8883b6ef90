"use client";

import { replaceEqualDeep } from "@tanstack/react-query";
import { startTransition, useLayoutEffect, useReducer } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { afterTyping } from "./after-typing";

/**
 * The form's values for everything but the preview: the fields' counters and warnings, the window badge, the JSON.
 * They follow each keystroke in a transition, after the preview has shown it (LivePreview), and React drops a pass
 * that the next keystroke makes stale. A full list or catalog re-renders dozens of counters per keystroke; urgent,
 * they held up the bubble, and a pass still running when the next key came down held up that one too. Parts that did
 * not change keep their identity from one copy to the next, so a memoized section of a list or catalog skips the pass.
 */
export function useValuesInTransition<V extends FieldValues, R>(form: UseFormReturn<V, unknown, R>): V {
  // The copy is made when the transition renders, not in the keystroke: a reducer runs then, a state setter at once.
  const [values, refresh] = useReducer((previous: V) => replaceEqualDeep(previous, snapshot(form)), form, snapshot);
  // A layout effect: the shell restores the draft in its own (a child's runs first), and the first pass must not
  // show the defaults for a frame after that.
  useLayoutEffect(() => {
    refresh();
    const later = afterTyping(() => startTransition(refresh));
    // Typing (a change event) shows once the keys pause; anything else at once: a reset (a draft restored, a send,
    // Clear draft), a row added or removed, a value set by code (a template's variables).
    const subscription = form.watch((_, { type }) => {
      if (type === "change") later.schedule();
      else {
        later.cancel();
        startTransition(refresh);
      }
    });
    return () => {
      later.cancel();
      subscription.unsubscribe();
    };
  }, [form]);
  return values;
}

// React Hook Form updates its values in place: a copy is what tells React they changed.
const snapshot = <V extends FieldValues, R>(form: UseFormReturn<V, unknown, R>): V => structuredClone(form.getValues());
