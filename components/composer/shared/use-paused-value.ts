"use client";

import { startTransition, useEffect, useState } from "react";
import { useFormContext } from "react-hook-form";
import { heldWhileTyping } from "./after-typing";

/**
 * `value` as heldWhileTyping lets it through: at once, or once the keys typed in the form pause. `maxWaitMs` is read
 * once, when the component mounts.
 */
export function usePausedValue<T>(value: T, maxWaitMs: number): T {
  // The context object is new at every change of the form's state (an error shown, a send started); watch is not.
  const { watch } = useFormContext();
  const [shown, setShown] = useState(value);
  const [held] = useState(() => heldWhileTyping<T>(maxWaitMs, (next) => startTransition(() => setShown(() => next))));
  useEffect(() => {
    const subscription = watch((_, { type }) => {
      if (type === "change") held.key();
    });
    return () => subscription.unsubscribe();
  }, [watch, held]);
  useEffect(() => () => held.cancel(), [held]);
  useEffect(() => held.offer(value), [held, value]);
  return shown;
}
