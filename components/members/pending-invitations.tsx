"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import type { FormResult } from "@/lib/actions/form-result";
import type { InviteResult } from "@/lib/actions/invitation-link";
import { reissueInvitationAction } from "@/lib/actions/reissue-invitation";
import { revokeInvitationAction } from "@/lib/actions/revoke-invitation";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { InvitationLinkCard } from "./invitation-link-card";
import { useAttempt } from "./members-attempts";

export interface PendingInvitationRow {
  id: string;
  email: string;
  role: Role;
  invitedByName: string | null;
  expiresAt: Date;
}

export function PendingInvitations({ invitations, days }: { invitations: PendingInvitationRow[]; days: number }) {
  if (invitations.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">No invitations are waiting.</p>;
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800 rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 text-sm shadow-sm">
      {invitations.map((invitation) => (
        // Keyed by email, which has one waiting invitation at most: New link replaces the invitation with another,
        // and its row stays, holding the link it was just given.
        <PendingInvitation key={invitation.email} invitation={invitation} days={days} />
      ))}
    </ul>
  );
}

function PendingInvitation({ invitation, days }: { invitation: PendingInvitationRow; days: number }) {
  const [result, formAction, pending] = useActionState<InviteResult | null, FormData>(reissueInvitationAction, null);
  const attempt = useAttempt();
  // The link stays while this is the invitation it was made for (an Invite to the same email replaces it).
  const fresh = result?.ok && result.invitationId === invitation.id ? result : null;
  const refused = attempt.current && !pending && result && !result.ok ? result : null;
  return (
    <li className="px-3 py-2">
      <div className="flex flex-wrap items-center gap-3">
        <span className="font-medium text-slate-900 dark:text-slate-100">{invitation.email}</span>
        <span className="text-slate-600 dark:text-slate-400">
          {ROLE_LABELS[invitation.role]}, invited by {invitation.invitedByName ?? "a former member"}, until{" "}
          <LocalTime date={invitation.expiresAt} />
        </span>
        <div className="ml-auto flex items-center gap-2">
          <form action={formAction} onSubmit={attempt.start}>
            <input type="hidden" name="invitationId" value={invitation.id} />
            <Button type="submit" disabled={pending} aria-label={`New link for ${invitation.email}`}>
              {pending ? "Making…" : "New link"}
            </Button>
          </form>
          <RevokeButton invitation={invitation} />
        </div>
      </div>
      {refused ? (
        <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-300">
          {refused.error.message} {refused.error.hint}
        </p>
      ) : null}
      {/* There before a link is, so that its arrival is announced. */}
      <div role="status">
        {fresh ? (
          <div className="mt-2">
            <InvitationLinkCard issued={fresh} days={days} replaced />
          </div>
        ) : null}
      </div>
    </li>
  );
}

function RevokeButton({ invitation }: { invitation: PendingInvitationRow }) {
  const [result, formAction, pending] = useActionState<FormResult | null, FormData>(revokeInvitationAction, null);
  const attempt = useAttempt();
  const refused = attempt.current && !pending && result && !result.ok ? result : null;
  return (
    <form action={formAction} onSubmit={attempt.start} className="flex items-center gap-2">
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
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {refused.error.message}
        </span>
      ) : null}
    </form>
  );
}
