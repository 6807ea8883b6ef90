"use client";

import { type RefObject, useEffect, useEffectEvent } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

/** What the person does to a form's values; a focus or a scroll changes none. */
const ACTS = ["keydown", "input", "change", "click", "paste", "cut", "drop"] as const;

/**
 * Whether an event is one of the person's acts on the form's values: theirs (not dispatched by a script) and not on
 * the buttons of `apart` (Clear draft's own line, whose Undo and Restore it set the form themselves).
 */
export function isPersonsAct(event: Pick<Event, "isTrusted" | "target">, apart: Node | null): boolean {
  return event.isTrusted && !(apart && event.target instanceof Node && apart.contains(event.target));
}

/**
 * Calls `onEdit` on each change of a form value that the person made, while `active`: a change in the same task as
 * one of their keys, clicks, pastes or drops in the form (with what it sets off at once, such as the variable slots
 * of a template picked), or one React Hook Form reports as an input's change. Not a value code sets as the form
 * settles (a template's variable slots filled once its list is there, a thread's address) nor one set by the
 * buttons in `apart`. The form is the one `apart` is in.
 */
export function usePersonsEdit<V extends FieldValues, R>(
  form: UseFormReturn<V, unknown, R>,
  apart: RefObject<HTMLElement | null>,
  active: boolean,
  onEdit: () => void,
) {
  const edited = useEffectEvent(onEdit);
  useEffect(() => {
    if (!active) return;
    const element = apart.current?.closest("form");
    let acting = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const act = (event: Event) => {
      if (!isPersonsAct(event, apart.current)) return;
      acting = true;
      clearTimeout(timer);
      // After the task and its microtasks, in which React renders a click's update and runs its effects.
      timer = setTimeout(() => {
        acting = false;
      });
    };
    for (const kind of ACTS) element?.addEventListener(kind, act, true);
    // Only changes of a field have a name: the resets that restore or clear the form have none.
    const subscription = form.watch((_, { name, type }) => {
      if (name && (acting || type === "change")) edited();
    });
    return () => {
      for (const kind of ACTS) element?.removeEventListener(kind, act, true);
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [form, apart, active]);
}
