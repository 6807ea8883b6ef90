"use client";

import { type ComponentType, memo, type ReactNode, useDeferredValue } from "react";
import type { FieldValues } from "react-hook-form";
import type { MessageType } from "@/lib/messages/registry";
import type { FieldsProps } from "./message-parts";

type DeferredFieldsProps<V extends FieldValues, T extends MessageType> = FieldsProps<V, T> & {
  Fields: ComponentType<FieldsProps<V, T>>;
};

/**
 * A type's fields, re-rendered a moment after each keystroke instead of within it. The inputs are uncontrolled (the
 * browser shows what is typed at once); what the values drive here is the counters and warnings, and a full list or
 * catalog has dozens of them. Rendering them with the deferred values lets the preview update first and lets React
 * drop a pass that the next keystroke makes stale. They still re-render at once when an error appears or goes.
 */
export function DeferredFields<V extends FieldValues, T extends MessageType>({
  values,
  ...rest
}: DeferredFieldsProps<V, T>) {
  const deferred = useDeferredValue(values);
  return <MemoFields {...rest} values={deferred} errors={errorKey(rest.form.formState.errors)} />;
}

// The form object is the same on every render and its errors are updated in place, so their text is what tells a
// memoized render that they changed.
const MemoFields = memo(function MemoFields<V extends FieldValues, T extends MessageType>({
  Fields,
  type,
  form,
  values,
}: DeferredFieldsProps<V, T> & { errors: string }) {
  return <Fields type={type} form={form} values={values} />;
}) as <V extends FieldValues, T extends MessageType>(
  props: DeferredFieldsProps<V, T> & { errors: string },
) => ReactNode;

/** Every error's path, type and message, in one string ("message.text:too_big:Too long"). */
export function errorKey(errors: object, path = ""): string {
  let key = "";
  for (const [name, value] of Object.entries(errors)) {
    if (name === "ref" || value === null || typeof value !== "object") continue;
    const at = path ? `${path}.${name}` : name;
    const { type, message } = value as { type?: unknown; message?: unknown };
    if (typeof message === "string") key += `${at}:${String(type)}:${message}\n`;
    key += errorKey(value, at);
  }
  return key;
}
