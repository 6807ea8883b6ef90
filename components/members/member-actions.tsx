"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { deactivateMemberAction } from "@/lib/actions/deactivate-member";
import type { FormResult } from "@/lib/actions/form-result";
import { reactivateMemberAction } from "@/lib/actions/reactivate-member";
import type { Member } from "@/lib/auth/members";
import { useAttempt } from "./members-attempts";
import { Refusal } from "./refusal";

type MemberAction = (previous: FormResult | null, form: FormData) => Promise<FormResult>;

/** Deactivate, or Reactivate for someone already deactivated. */
export function ActivationForm({ member, self }: { member: Member; self: boolean }) {
  const action: MemberAction = member.active ? deactivateMemberAction : reactivateMemberAction;
  const [result, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  const attempt = useAttempt();
  if (self) return <span className="text-xs text-slate-500 dark:text-slate-400">You</span>;
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
