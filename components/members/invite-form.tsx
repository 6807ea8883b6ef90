"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Field, inputClass } from "@/components/ui/field";
import { type InviteResult, inviteMemberAction } from "@/lib/actions/invite-member";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { useAttempt } from "./members-attempts";

/** Email and Role, then the one-time link to copy (and, with SMTP_URL, whether the email went out). */
export function InviteForm({ days }: { days: number }) {
  const [result, formAction, pending] = useActionState<InviteResult | null, FormData>(inviteMemberAction, null);
  const attempt = useAttempt();
  const failed = result && !result.ok ? result : null;
  // The values typed go back into the form whatever happened since; only the reasons belong to the attempt.
  const refused = attempt.current && !pending ? failed : null;
  return (
    <div className="space-y-4">
      <form
        action={formAction}
        onSubmit={attempt.start}
        aria-label="Invite"
        noValidate
        className="flex flex-wrap items-start gap-3"
      >
        <Field id="invite-email" label="Email" error={refused?.fieldErrors?.email} className="min-w-64 flex-1">
          {(control) => (
            <input
              {...control}
              name="email"
              type="email"
              autoComplete="off"
              required
              defaultValue={failed?.values?.email}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="invite-role" label="Role" error={refused?.fieldErrors?.role}>
          {(control) => (
            <select {...control} name="role" defaultValue={failed?.values?.role ?? "agent"} className={inputClass}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {/* Level with the inputs below their labels, and staying there when an error grows the Email field. */}
        <Button type="submit" variant="primary" disabled={pending} className="mt-6">
          {pending ? "Inviting…" : "Invite"}
        </Button>
      </form>
      {refused && refused.error.code !== "INVALID_INPUT" && !refused.fieldErrors ? (
        <FormAlert error={refused.error} />
      ) : null}
      <div role="status" aria-live="polite">
        {result?.ok ? (
          <div className="space-y-2 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950">
            <p className="font-semibold">Invitation for {result.email} ready.</p>
            <p>Send them this link. It works once, for {days} days; it is shown only now.</p>
            <div className="flex flex-wrap items-center gap-2">
              <input
                readOnly
                aria-label="Invitation link"
                value={result.link}
                onFocus={(event) => event.currentTarget.select()}
                className={`${inputClass} min-w-0 flex-1 font-mono text-xs`}
              />
              <CopyButton text={result.link} label="Copy link" />
            </div>
            {result.mail?.sent ? <p>It was also emailed to {result.email}.</p> : null}
            {result.mail && !result.mail.sent ? (
              <p className="text-amber-900">
                The email could not be sent ({result.mail.problem}): copy the link instead.
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
