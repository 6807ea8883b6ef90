"use client";

import { startTransition, useEffect, useState } from "react";
import { useFormContext } from "react-hook-form";
import { heldWhileTyping } from "./after-typing";

/** `value` as heldWhileTyping lets it through: at once, or once the keys typed in the form pause. */
export function usePausedValue<T>(value: T, maxWaitMs: number): T {
  const form = useFormContext();
  const [shown, setShown] = useState(value);
  const [held] = useState(() => heldWhileTyping<T>(maxWaitMs, (next) => startTransition(() => setShown(() => next))));
  useEffect(() => {
    const subscription = form.watch((_, { type }) => {
      if (type === "change") held.key();
    });
    return () => {
      subscription.unsubscribe();
      held.cancel();
    };
  }, [form, held]);
  useEffect(() => held.offer(value), [held, value]);
  return shown;
}
