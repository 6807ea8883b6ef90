"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import type { FormResult } from "@/lib/actions/form-result";
import { revokeInvitationAction } from "@/lib/actions/revoke-invitation";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { useAttempt } from "./members-attempts";

export interface PendingInvitationRow {
  id: string;
  email: string;
  role: Role;
  invitedByName: string | null;
  expiresAt: Date;
}

export function PendingInvitations({ invitations }: { invitations: PendingInvitationRow[] }) {
  if (invitations.length === 0) return <p className="text-sm text-slate-600">No invitations are waiting.</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
      {invitations.map((invitation) => (
        <li key={invitation.id} className="flex flex-wrap items-center gap-3 px-3 py-2">
          <span className="font-medium text-slate-900">{invitation.email}</span>
          <span className="text-slate-600">
            {ROLE_LABELS[invitation.role]}, invited by {invitation.invitedByName ?? "a former member"}, until{" "}
            <LocalTime date={invitation.expiresAt} />
          </span>
          <RevokeButton invitation={invitation} />
        </li>
      ))}
    </ul>
  );
}

function RevokeButton({ invitation }: { invitation: PendingInvitationRow }) {
  const [result, formAction, pending] = useActionState<FormResult | null, FormData>(revokeInvitationAction, null);
  const attempt = useAttempt();
  const refused = attempt.current && !pending && result && !result.ok ? result : null;
  return (
    <form action={formAction} onSubmit={attempt.start} className="ml-auto flex items-center gap-2">
      <input type="hidden" name="invitationId" value={invitation.id} />
      <Button
        type="submit"
        variant="danger"
        disabled={pending}
        aria-label={`Withdraw the invitation for ${invitation.email}`}
      >
        Withdraw
      </Button>
      {refused ? (
        <span role="alert" className="text-xs text-red-700">
          {refused.error.message}
        </span>
      ) : null}
    </form>
  );
}
