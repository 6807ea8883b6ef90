"use client";

import { useEffect, useEffectEvent } from "react";
import type { FieldErrors, FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { afterTyping } from "./after-typing";

/** An error on screen: the schema path it is about, where React Hook Form keeps it (`….root` for a list's own). */
interface Shown {
  path: string;
  at: string;
  type: string;
  message: string;
}

// An error's own parts; its "message" and "type" are strings, skipped below, so fields of those names still count.
const NOT_PATHS = new Set(["ref", "types"]);

export function shownErrors(errors: FieldErrors, prefix = ""): Shown[] {
  const shown: Shown[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (NOT_PATHS.has(key) || typeof value !== "object" || value === null) continue;
    const at = prefix ? `${prefix}.${key}` : key;
    const { message, type } = value as { message?: unknown; type?: unknown };
    if (typeof message === "string") {
      shown.push({ path: key === "root" ? prefix : at, at, type: typeof type === "string" ? type : "custom", message });
    }
    if (key !== "root") shown.push(...shownErrors(value as FieldErrors, at));
  }
  return shown;
}

/** The first message the schema gives for each path, "" being the whole form's. */
export function schemaMessages(schema: z.ZodType, values: unknown): Map<string, string> {
  const messages = new Map<string, string>();
  const parsed = schema.safeParse(values);
  if (parsed.success) return messages;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join(".");
    if (!messages.has(path)) messages.set(path, issue.message);
  }
  return messages;
}

/**
 * What should be on screen after the person changed the fields in `changed` (none, when code set a value or a list
 * gained or lost an item): every error shown so far that still holds, with its current wording, plus the changed
 * fields' own, unless the field is `unfinished` (a number short of its digits is being typed, not wrong). Nothing
 * else turns red: a row just added, or a field not typed into, waits for Send. An error already on screen keeps
 * following the value, so one Send found is reworded or cleared as the person fixes it. An error the server found
 * stays until its own field changes, since the browser's schema cannot tell whether it still holds.
 */
export function nextErrors(
  shown: Shown[],
  messages: Map<string, string>,
  changed: ReadonlySet<string>,
  unfinished: ReadonlySet<string> = new Set(),
): Shown[] {
  const next: Shown[] = [];
  for (const error of shown) {
    if (error.type === "server" && !changed.has(error.path)) next.push(error);
    else {
      const message = messages.get(error.path);
      if (message !== undefined) next.push({ ...error, type: "custom", message });
    }
  }
  for (const path of changed) {
    const message = messages.get(path);
    if (message !== undefined && !unfinished.has(path) && !shown.some((error) => error.path === path)) {
      next.push({ path, at: path, type: "custom", message });
    }
  }
  return next;
}

const same = (a: Shown[], b: Shown[]) =>
  a.length === b.length && a.every((error, i) => error.at === b[i]?.at && error.message === b[i]?.message);

/**
 * Checks the form as the person types, one field at a time: the field changed gets its error as soon as the keys
 * pause (and loses it the same way once it is valid again), and errors already on screen are checked again, so
 * fixing one row's duplicate ID clears the other row's. Nothing is checked on blur: an error appearing or vanishing
 * as the pointer goes down on a button would move the button away from the click. The check runs in a task of its
 * own when the keys pause (afterTyping): parsing a full list or catalog inside a keystroke delayed the preview.
 * `unfinished` names the fields whose value is still the start of a valid one: their error waits for Send, since
 * without blur there is no "done typing" to wait for, and a pause between keys is not one.
 */
export function useLiveValidation<V extends FieldValues, R>(
  form: UseFormReturn<V, unknown, R>,
  schema: z.ZodType,
  prepare: (values: V) => unknown,
  unfinished: (values: V) => ReadonlySet<string> = () => new Set(),
) {
  const check = useEffectEvent((changed: ReadonlySet<string>) => {
    const shown = shownErrors(form.formState.errors);
    if (shown.length === 0 && changed.size === 0) return;
    const values = form.getValues();
    const next = nextErrors(shown, schemaMessages(schema, prepare(values)), changed, unfinished(values));
    if (same(shown, next)) return;
    form.clearErrors();
    for (const error of next) form.setError(error.at as Path<V>, { type: error.type, message: error.message });
  });
  useEffect(() => {
    const changed = new Set<string>();
    const later = afterTyping(() => {
      const names = new Set(changed);
      changed.clear();
      check(names);
    });
    const subscription = form.watch((_, { name, type }) => {
      // A reset (no name) clears the errors itself, and a check still waiting would judge the emptied form; a value
      // set by code (no type) is not the person's typing.
      if (!name) {
        later.cancel();
        changed.clear();
        return;
      }
      if (type === "change") changed.add(name);
      later.schedule();
    });
    return () => {
      later.cancel();
      subscription.unsubscribe();
    };
  }, [form]);
}
