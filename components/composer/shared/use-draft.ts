"use client";

import { type RefObject, useEffect, useRef } from "react";
import { type FieldValues, set, type UseFormReturn } from "react-hook-form";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { loadDraft, saveDraft } from "./draft-storage";
import { typedBeforeHydration } from "./typed-before-hydration";

/**
 * Restores the type's draft after hydration (the server cannot see localStorage) unless the page seeded the form,
 * keeping on top of it whatever was typed before the script ran, then saves every change, so a reload or a switch
 * of type loses nothing typed.
 */
export function useDraft<V extends EnvelopeValues & FieldValues, R>(
  type: string,
  form: UseFormReturn<V, unknown, R>,
  defaults: V,
  seeded: boolean,
  element: RefObject<HTMLFormElement | null>,
) {
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    // Read before the draft is put in the inputs, while they still hold what the person typed.
    const typed = typedBeforeHydration(element.current, form.getValues());
    const draft = seeded ? null : loadDraft(type, defaults);
    if (!draft && typed.length === 0) return;
    // One reset, like the draft alone: values set one by one here would reach no watcher yet.
    const values = structuredClone(draft ?? form.getValues());
    for (const [name, value] of typed) set(values, name, value);
    form.reset(values, { keepDefaultValues: true });
  }, [type, form, defaults, seeded, element]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsaved: V | undefined;
    const flush = () => {
      clearTimeout(timer);
      if (unsaved) saveDraft(type, unsaved);
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
  }, [type, form]);
}
