"use client";

import { startTransition, useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { type ChangeRoleResult, changeRoleAction } from "@/lib/actions/change-role";
import { deactivateMemberAction } from "@/lib/actions/deactivate-member";
import type { FormResult } from "@/lib/actions/form-result";
import { reactivateMemberAction } from "@/lib/actions/reactivate-member";
import type { Member } from "@/lib/auth/members";
import { ROLE_LABELS, ROLES, type Role, roleWithArticle, toRole } from "@/lib/auth/roles";
import { useAttempt } from "./members-attempts";

type MemberAction = (previous: FormResult | null, form: FormData) => Promise<FormResult>;

const selectClass =
  "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 shadow-sm focus:border-brand-600 " +
  "focus:outline-none focus:ring-2 focus:ring-brand-600/30 disabled:bg-slate-100 disabled:text-slate-500";

/**
 * The Role picker for one person, applied with its button. It shows the role saved, or while a change is refused
 * the one that was tried, and says what the change did. The only active Admin's picker is locked, and says why:
 * the server would refuse (and still does, for a page that is out of date).
 */
export function RoleForm({ member, onlyAdmin }: { member: Member; onlyAdmin: boolean }) {
  const [result, formAction, pending] = useActionState<ChangeRoleResult | null, FormData>(changeRoleAction, null);
  const attempt = useAttempt();
  const [chosen, setChosen] = useState<Role>(member.role);
  // A role saved since (by this form, or a change elsewhere that refreshed the page) is what the picker shows.
  const [saved, setSaved] = useState<Role>(member.role);
  if (saved !== member.role) {
    setSaved(member.role);
    setChosen(member.role);
  }
  const outcome = attempt.current && !pending ? result : null;
  const id = `role-${member.id}`;
  const refused = outcome && !outcome.ok;
  const described = [onlyAdmin && `${id}-hint`, refused && `${id}-error`].filter(Boolean).join(" ");
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        // React resets a form once its action is done, and a select, controlled or not, then goes back to the
        // option it first rendered with (facebook/react#30580): the picker would show the role before the change.
        // Starting the action here instead of through the form's submission skips that reset.
        event.preventDefault();
        attempt.start();
        const form = new FormData(event.currentTarget);
        startTransition(() => formAction(form));
      }}
      className="space-y-1"
    >
      <input type="hidden" name="userId" value={member.id} />
      {/* Side by side even on a phone (the row's other columns go under the name there): wrapped under the picker,
          the button made every row taller and left the confirmation below only the picker's width to wrap in. */}
      <div className="flex items-center gap-2">
        <label className="sr-only" htmlFor={id}>
          Role
        </label>
        <select
          id={id}
          name="role"
          value={onlyAdmin ? member.role : chosen}
          onChange={(event) => {
            setChosen(toRole(event.target.value));
            attempt.dismiss();
          }}
          aria-invalid={Boolean(refused)}
          aria-describedby={described || undefined}
          className={selectClass}
          disabled={!member.active || onlyAdmin}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        {member.active && !onlyAdmin ? (
          <Button
            type="submit"
            disabled={pending}
            aria-label={`Change role of ${member.name}`}
            className="whitespace-nowrap py-1"
          >
            {pending ? "Saving…" : "Change role"}
          </Button>
        ) : null}
      </div>
      {/* Always there, and as big as the longest thing it can say (drawn invisibly in the same grid cell), so a
          confirmation shifts no row and is announced as it appears. w-0 min-w-full: it wraps within the column
          instead of widening it. */}
      <div className="grid w-0 min-w-full text-xs">
        {ROLES.map((role) => (
          <span key={role} aria-hidden className="invisible col-start-1 row-start-1">
            {roleChanged(member.name, role, false)}
          </span>
        ))}
        {onlyAdmin ? (
          <p id={`${id}-hint`} className="col-start-1 row-start-1 text-slate-600">
            The only {ROLE_LABELS.admin}: make someone else {ROLE_LABELS.admin} first.
          </p>
        ) : null}
        <p role="status" className="col-start-1 row-start-1 text-emerald-800">
          {outcome?.ok ? roleChanged(outcome.name, outcome.role, outcome.changed) : null}
        </p>
      </div>
      <Refusal id={`${id}-error`} result={outcome} />
    </form>
  );
}

function roleChanged(name: string, role: Role, changed: boolean): string {
  return `${name} is ${changed ? "now" : "already"} ${roleWithArticle(role)}.`;
}

/** Deactivate, or Reactivate for someone already deactivated. */
export function ActivationForm({ member, self }: { member: Member; self: boolean }) {
  const action: MemberAction = member.active ? deactivateMemberAction : reactivateMemberAction;
  const [result, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  const attempt = useAttempt();
  if (self) return <span className="text-xs text-slate-500">You</span>;
  const verb = member.active ? "Deactivate" : "Reactivate";
  const id = `activation-${member.id}`;
  const outcome = attempt.current && !pending ? result : null;
  return (
    <form action={formAction} onSubmit={attempt.start} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={member.id} />
      <Button
        type="submit"
        variant={member.active ? "danger" : "secondary"}
        disabled={pending}
        aria-label={`${verb} ${member.name}`}
        aria-describedby={outcome && !outcome.ok ? `${id}-error` : undefined}
        className="py-1"
      >
        {verb}
      </Button>
      <Refusal id={`${id}-error`} result={outcome} />
    </form>
  );
}

function Refusal({ id, result }: { id: string; result: FormResult | null }) {
  if (!result || result.ok) return null;
  return (
    // w-0 min-w-full: it wraps within its column instead of widening it, which would move every other column.
    <p id={id} role="alert" className="w-0 min-w-full basis-full text-xs text-red-700">
      {result.error.message} {result.error.hint}
    </p>
  );
}
