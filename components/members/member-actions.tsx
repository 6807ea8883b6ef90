"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { changeRoleAction } from "@/lib/actions/change-role";
import { deactivateMemberAction } from "@/lib/actions/deactivate-member";
import type { FormResult } from "@/lib/actions/form-result";
import { reactivateMemberAction } from "@/lib/actions/reactivate-member";
import type { Member } from "@/lib/auth/members";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";

type MemberAction = (previous: FormResult | null, form: FormData) => Promise<FormResult>;

const selectClass =
  "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 shadow-sm focus:border-brand-600 " +
  "focus:outline-none focus:ring-2 focus:ring-brand-600/30 disabled:bg-slate-100 disabled:text-slate-500";

/** The Role picker for one person, applied with its button. */
export function RoleForm({ member }: { member: Member }) {
  const [result, formAction, pending] = useActionState<FormResult | null, FormData>(changeRoleAction, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={member.id} />
      <label className="sr-only" htmlFor={`role-${member.id}`}>
        Role
      </label>
      <select
        id={`role-${member.id}`}
        name="role"
        defaultValue={member.role}
        className={selectClass}
        disabled={!member.active}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      {member.active ? (
        <Button type="submit" disabled={pending} aria-label={`Change role of ${member.name}`} className="py-1">
          {pending ? "Saving…" : "Change role"}
        </Button>
      ) : null}
      <Refusal result={result} />
    </form>
  );
}

/** Deactivate, or Reactivate for someone already deactivated. */
export function ActivationForm({ member, self }: { member: Member; self: boolean }) {
  const action: MemberAction = member.active ? deactivateMemberAction : reactivateMemberAction;
  const [result, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  if (self) return <span className="text-xs text-slate-500">You</span>;
  const verb = member.active ? "Deactivate" : "Reactivate";
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={member.id} />
      <Button
        type="submit"
        variant={member.active ? "danger" : "secondary"}
        disabled={pending}
        aria-label={`${verb} ${member.name}`}
        className="py-1"
      >
        {verb}
      </Button>
      <Refusal result={result} />
    </form>
  );
}

function Refusal({ result }: { result: FormResult | null }) {
  if (!result || result.ok) return null;
  return (
    <p role="alert" className="basis-full text-xs text-red-700">
      {result.error.message} {result.error.hint}
    </p>
  );
}
