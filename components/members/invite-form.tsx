"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { InviteResult } from "@/lib/actions/invitation-link";
import { inviteMemberAction } from "@/lib/actions/invite-member";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { InvitationLinkCard, type IssuedLink } from "./invitation-link-card";
import { useAttempt } from "./members-attempts";

/** Email and Role, then the one-time links to copy (and, with SMTP_URL, whether each email went out). */
export function InviteForm({ days, waitingIds }: { days: number; waitingIds: readonly string[] }) {
  const [result, formAction, pending] = useActionState<InviteResult | null, FormData>(inviteMemberAction, null);
  const attempt = useAttempt();
  // Each link is shown once, so a second invitation must not take the first one's place.
  const [issued, setIssued] = useState<IssuedLink[]>([]);
  const [seen, setSeen] = useState(result);
  if (result !== seen) {
    setSeen(result);
    if (result?.ok) setIssued([result, ...issued]);
  }
  const shown = issued.filter((link) => waitingIds.includes(link.invitationId));
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
      {/* Every link made on this visit, newest first, while its invitation still waits: a link withdrawn, used
          or replaced (by New link, or another invitation to the same email) no longer works, so it is left out. */}
      <div role="status" aria-live="polite" className="space-y-3">
        {shown.map((link) => (
          <InvitationLinkCard key={link.invitationId} issued={link} days={days} />
        ))}
      </div>
    </div>
  );
}
