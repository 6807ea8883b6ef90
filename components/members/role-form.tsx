"use client";

import { startTransition, useActionState, useEffect, useLayoutEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { type ChangeRoleResult, changeRoleAction } from "@/lib/actions/change-role";
import type { Member } from "@/lib/auth/members";
import { ROLE_LABELS, ROLES, type Role, roleWithArticle, toRole } from "@/lib/auth/roles";
import { useAttempt } from "./members-attempts";
import { Refusal } from "./refusal";

/**
 * Arrowing through a closed select changes it at every key: the role is saved once the keys stop (or the focus
 * leaves), so passing Admin on the way to Viewer never makes anyone an Admin.
 */
const SETTLE_MS = 500;

const selectClass =
  "rounded-md border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 px-2 py-1 text-sm text-slate-900 dark:text-slate-100 shadow-sm focus:border-brand-600 " +
  "focus:outline-none focus:ring-2 focus:ring-brand-600/30 disabled:bg-slate-100 dark:disabled:bg-slate-800 disabled:text-slate-500 dark:disabled:text-slate-400";

/**
 * The Role picker for one person: picking a role saves it, and the line under it says so ("Saving…", then what the
 * change did). A refused change puts the saved role back and says why at the row. The only active Admin's picker is
 * locked, and says why: the server would refuse (and still does, for a page that is out of date). Without
 * JavaScript a Change role button submits it.
 */
export function RoleForm({ member, onlyAdmin }: { member: Member; onlyAdmin: boolean }) {
  const [result, formAction, pending] = useActionState<ChangeRoleResult | null, FormData>(changeRoleAction, null);
  const attempt = useAttempt();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [waiting, setWaiting] = useState(false);
  const [chosen, setChosen] = useState<Role>(member.role);
  // A role saved since (by this form, or a change elsewhere that refreshed the page) is what the picker shows.
  const [saved, setSaved] = useState<Role>(member.role);
  if (saved !== member.role) {
    setSaved(member.role);
    setChosen(member.role);
  }
  // A refusal leaves the role as it was: the picker must not go on showing the one that was refused.
  const [answered, setAnswered] = useState(result);
  if (answered !== result) {
    setAnswered(result);
    if (result && !result.ok) setChosen(member.role);
  }
  useEffect(() => () => clearTimeout(timer.current), []);
  const locked = !member.active || onlyAdmin;
  const picker = useRef<HTMLSelectElement>(null);
  const lockedHint = useRef<HTMLParagraphElement>(null);
  const refusal = useRef<HTMLParagraphElement>(null);
  // Set while the focus is on the picker, and kept when it leaves for nowhere (which a picker disabled does).
  const pickerHadFocus = useRef(false);

  const save = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    setWaiting(false);
    if (!form.current) return;
    attempt.start();
    const values = new FormData(form.current);
    startTransition(() => formAction(values));
  };
  const busy = waiting || pending;
  const outcome = attempt.current && !busy ? result : null;
  const id = `role-${member.id}`;
  const refused = outcome && !outcome.ok;
  // A refusal of this row's own lock says what the hint says, with the name: it takes the hint's place, once.
  const hinted = onlyAdmin && !refused;
  const described = [hinted && `${id}-hint`, refused && `${id}-error`].filter(Boolean).join(" ");
  // A refused change can leave this row the only Admin (another one stepped down meanwhile): the picker then locks,
  // and a disabled control loses the focus to the page. The refusal takes it, so the keyboard stays in the row and a
  // screen reader reads why; the reason for the lock, when the refusal is not there (yet).
  useLayoutEffect(() => {
    if (!locked || !pickerHadFocus.current) return;
    // The browser moves the focus off a disabled control only at its next frame: it may still be on the picker here.
    const at = document.activeElement;
    if (at !== null && at !== document.body && at !== picker.current && at !== lockedHint.current) return;
    const target = refused ? refusal.current : lockedHint.current;
    if (!target) return;
    target.focus();
    // Kept while on the hint, whose refusal may come later and take its place (the focus then falls to the page).
    pickerHadFocus.current = !refused;
  }, [locked, refused]);
  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={(event) => {
        // React resets a form once its action is done, and a select, controlled or not, then goes back to the
        // option it first rendered with (facebook/react#30580): the picker would show the role before the change.
        // Starting the action here instead of through the form's submission skips that reset.
        event.preventDefault();
        save();
      }}
      className="space-y-1"
    >
      <input type="hidden" name="userId" value={member.id} />
      <div className="flex items-center gap-2">
        <label className="sr-only" htmlFor={id}>
          Role
        </label>
        {/* Never disabled while saving: that would drop the focus of someone picking with the keyboard. */}
        <select
          ref={picker}
          id={id}
          name="role"
          value={onlyAdmin ? member.role : chosen}
          onChange={(event) => {
            setChosen(toRole(event.target.value));
            attempt.dismiss();
            setWaiting(true);
            clearTimeout(timer.current);
            timer.current = setTimeout(save, SETTLE_MS);
          }}
          onFocus={() => {
            pickerHadFocus.current = true;
          }}
          onBlur={(event) => {
            pickerHadFocus.current = event.relatedTarget === null;
            if (timer.current !== undefined) save();
          }}
          aria-invalid={Boolean(refused)}
          aria-describedby={described || undefined}
          className={selectClass}
          disabled={locked}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        {member.active && !onlyAdmin ? (
          <noscript>
            <Button type="submit" aria-label={`Change role of ${member.name}`} className="whitespace-nowrap py-1">
              Change role
            </Button>
          </noscript>
        ) : null}
      </div>
      {/* Always there, and as big as the longest thing it can say (drawn invisibly in the same grid cell), so a
          confirmation shifts no row and is announced as it appears. w-0 min-w-full: it wraps within the column
          instead of widening it. A refusal, said while the status is empty, goes in the same place. */}
      <div className="grid w-0 min-w-full text-xs [&>*]:col-start-1 [&>*]:row-start-1">
        {ROLES.map((role) => (
          <span key={role} aria-hidden className="invisible">
            {roleChanged(member.name, role, false)}
          </span>
        ))}
        {hinted ? (
          <p ref={lockedHint} id={`${id}-hint`} tabIndex={-1} className="text-slate-600 dark:text-slate-400">
            The only {ROLE_LABELS.admin}: make someone else {ROLE_LABELS.admin} first.
          </p>
        ) : null}
        <p
          role="status"
          className={busy ? "text-slate-600 dark:text-slate-400" : "text-emerald-800 dark:text-emerald-200"}
        >
          {busy ? "Saving…" : outcome?.ok ? roleChanged(outcome.name, outcome.role, outcome.changed) : null}
        </p>
        <Refusal ref={refusal} id={`${id}-error`} result={outcome} />
      </div>
    </form>
  );
}

function roleChanged(name: string, role: Role, changed: boolean): string {
  return `${name} is ${changed ? "now" : "already"} ${roleWithArticle(role)}.`;
}
