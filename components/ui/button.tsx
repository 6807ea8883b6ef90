"use client";

import { type ButtonHTMLAttributes, useLayoutEffect, useRef } from "react";

type Variant = "primary" | "secondary" | "ghost" | "danger";

const variants: Record<Variant, string> = {
  primary:
    "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-slate-300 dark:disabled:bg-slate-700 disabled:text-slate-600 dark:disabled:text-slate-400",
  secondary:
    "border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 text-slate-800 dark:text-slate-200 hover:bg-slate-50 dark:hover:bg-slate-800 disabled:text-slate-400 dark:disabled:text-slate-500",
  ghost:
    "text-slate-700 dark:text-slate-300 hover:bg-slate-100 dark:hover:bg-slate-800 disabled:text-slate-400 dark:disabled:text-slate-500",
  danger:
    "text-red-700 dark:text-red-300 hover:bg-red-50 dark:hover:bg-red-950 disabled:text-slate-400 dark:disabled:text-slate-500",
};

// A blur this recent, when the button turns disabled, was caused by the disabling.
const BLURRED_BY_DISABLING_MS = 100;

export function Button({
  variant = "secondary",
  className = "",
  type = "button",
  disabled,
  onBlur,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  const element = useRef<HTMLButtonElement>(null);
  const blurredAt = useRef(Number.NEGATIVE_INFINITY);
  const refocus = useRef(false);
  // A button disabled while its action runs (Invite, Change role, Save) drops the focus to the page, so someone on
  // the keyboard would start again from the top. It takes the focus back once enabled, unless the focus has gone
  // somewhere else meanwhile (an outcome that takes it, a field with an error).
  useLayoutEffect(() => {
    const button = element.current;
    if (!button) return;
    if (disabled) {
      refocus.current =
        document.activeElement === button || performance.now() - blurredAt.current < BLURRED_BY_DISABLING_MS;
      return;
    }
    if (!refocus.current) return;
    refocus.current = false;
    if (document.activeElement === null || document.activeElement === document.body) button.focus();
  }, [disabled]);
  return (
    <button
      ref={element}
      type={type}
      onBlur={(event) => {
        blurredAt.current = performance.now();
        onBlur?.(event);
      }}
      className={`inline-flex items-center justify-center gap-1.5 rounded-md px-3 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed ${variants[variant]} ${className}`}
      {...props}
      disabled={disabled}
    />
  );
}
