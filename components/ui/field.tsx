import type { ReactNode } from "react";
import { CharCounter } from "./char-counter";

export interface ControlProps {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
}

interface FieldProps {
  id: string;
  label: string;
  /** Marks the label; the schema is what actually requires the value. */
  required?: boolean;
  error?: string;
  warning?: string;
  hint?: ReactNode;
  counter?: { count: number; max: number };
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/**
 * A labelled control with its hint, counter, warning and error underneath, all tied to the control by
 * aria-describedby so a screen reader announces them with the field.
 */
export function Field({ id, label, required, error, warning, hint, counter, className, children }: FieldProps) {
  const described = [
    hint && `${id}-hint`,
    counter && `${id}-counter`,
    warning && `${id}-warning`,
    error && `${id}-error`,
  ].filter(Boolean);
  return (
    <div className={className}>
      <div className="mb-1 flex items-baseline justify-between gap-2">
        <span className="text-sm font-medium text-slate-800 dark:text-slate-200">
          {/* The marker sits outside the label so the field's accessible name is exactly the label text. */}
          <label htmlFor={id}>{label}</label>
          {required && (
            <span className="ml-0.5 text-red-600 dark:text-red-400" aria-hidden>
              *
            </span>
          )}
        </span>
        {counter && <CharCounter id={`${id}-counter`} {...counter} />}
      </div>
      {children({
        id,
        "aria-invalid": Boolean(error),
        "aria-describedby": described.length ? described.join(" ") : undefined,
      })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
      {warning && (
        <p id={`${id}-warning`} className="mt-1 text-xs text-amber-700 dark:text-amber-300">
          {warning}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  "block w-full rounded-md border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 px-3 py-2 text-sm text-slate-900 dark:text-slate-100 shadow-sm " +
  "placeholder:text-slate-400 dark:placeholder:text-slate-500 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 " +
  "aria-[invalid=true]:border-red-500 aria-[invalid=true]:ring-red-500/20 disabled:bg-slate-100 dark:disabled:bg-slate-800";
