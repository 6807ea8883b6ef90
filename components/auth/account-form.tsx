"use client";

import { type FormEvent, useActionState, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { FormResult } from "@/lib/actions/form-result";
import type { FieldErrors } from "@/lib/actions/result";
import { fieldErrorsFrom } from "@/lib/actions/validated-action";
import { acceptInvitationSchema, formValues, newAccountSchema, signInSchema } from "@/lib/auth/forms";
import { FormAlert } from "./form-alert";

// The schemas cannot cross from a server page as props, so the page names one and the form imports it.
const SCHEMAS = { signIn: signInSchema, newAccount: newAccountSchema, acceptInvitation: acceptInvitationSchema };

export interface AccountField {
  name: string;
  label: string;
  type: "text" | "email" | "password";
  autoComplete: string;
  hint?: string;
}

export interface AccountFormProps {
  label: string;
  action: (previous: FormResult | null, form: FormData) => Promise<FormResult>;
  schema: keyof typeof SCHEMAS;
  fields: AccountField[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
}

/**
 * Sign-in, first-run and invitation forms. A real form posting to a server action, so pressing Enter before the
 * page has hydrated still posts (never a GET with the password in the URL); once hydrated, the same schema as the
 * server's checks the fields first and marks the wrong ones.
 */
export function AccountForm({ label, action, schema, fields, hidden, submitLabel, pendingLabel }: AccountFormProps) {
  const [result, formAction, pending] = useActionState(action, null);
  const [checked, setChecked] = useState<FieldErrors | null>(null);
  const serverErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const errors = checked ?? serverErrors;
  const kept = result && !result.ok ? (result.values ?? {}) : {};
  const formRef = useRef<HTMLFormElement>(null);

  // A refused submit leaves the focus where the person goes on: the field the server found wrong, or else the
  // password, which the form has emptied (a wrong password, a lock), not the button they pressed.
  useEffect(() => {
    if (!result || result.ok) return;
    const target =
      fields.find((field) => result.fieldErrors?.[field.name]) ?? fields.find((f) => f.type === "password");
    if (target) formRef.current?.querySelector<HTMLInputElement>(`[name="${target.name}"]`)?.focus();
  }, [result, fields]);

  function check(form: HTMLFormElement): FieldErrors {
    const parsed = SCHEMAS[schema].safeParse(
      formValues(new FormData(form)) as z.input<(typeof SCHEMAS)[typeof schema]>,
    );
    return parsed.success ? {} : fieldErrorsFrom(parsed.error);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const found = check(event.currentTarget);
    const first = fields.find((field) => found[field.name]);
    // Valid in the browser: the server's answer (and any field errors it finds) is what shows next.
    setChecked(first ? found : null);
    if (first) {
      event.preventDefault();
      event.currentTarget.querySelector<HTMLInputElement>(`[name="${first.name}"]`)?.focus();
    }
  }

  return (
    <form
      ref={formRef}
      aria-label={label}
      action={formAction}
      onSubmit={onSubmit}
      // Once a submit has shown errors, they follow the typing, so a fixed field stops saying it is wrong.
      onChange={(event) => checked && setChecked(check(event.currentTarget))}
      noValidate
      className="space-y-4"
    >
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* Disabled while the answer is on its way: React clears the form when it arrives, which would lose typing. */}
      <fieldset disabled={pending} className="space-y-4">
        {fields.map((field) => (
          <Field
            key={field.name}
            id={`account-${field.name}`}
            label={field.label}
            // A password's rule and the error that it was broken say the same: the error takes the rule's place.
            hint={errors[field.name] ? undefined : field.hint}
            error={errors[field.name]}
          >
            {(control) => (
              <input
                {...control}
                name={field.name}
                type={field.type}
                autoComplete={field.autoComplete}
                defaultValue={field.type === "password" ? undefined : kept[field.name]}
                className={inputClass}
              />
            )}
          </Field>
        ))}
      </fieldset>
      {/* The server's answer to the last submit that reached it; once the browser has found a field wrong since, it
          is about an earlier try, and would contradict the field errors. */}
      {result && !result.ok && result.error.code !== "INVALID_INPUT" && checked === null && (
        <FormAlert error={result.error} />
      )}
      <Button type="submit" variant="primary" disabled={pending} className="w-full">
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
