"use client";

import { useEffect, useRef } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { loadDraft, saveDraft } from "./draft-storage";

/**
 * Restores the type's draft after hydration (the server cannot see localStorage) unless the page seeded the form,
 * then saves every change, so a reload or a switch of type loses nothing typed.
 */
export function useDraft<V extends EnvelopeValues & FieldValues, R>(
  type: string,
  form: UseFormReturn<V, unknown, R>,
  defaults: V,
  seeded: boolean,
) {
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    if (seeded) return;
    const draft = loadDraft(type, defaults);
    if (draft) form.reset(draft, { keepDefaultValues: true });
  }, [type, form, defaults, seeded]);

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
