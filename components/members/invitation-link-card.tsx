import { CopyButton } from "@/components/ui/copy-button";
import { inputClass } from "@/components/ui/field";
import type { InviteResult } from "@/lib/actions/invitation-link";

export type IssuedLink = Extract<InviteResult, { ok: true }>;

/**
 * An invitation link just made, to copy. Only a hash of it is kept, so once the page is left it cannot be shown
 * again: New link makes another.
 */
export function InvitationLinkCard({
  issued,
  days,
  replaced,
}: {
  issued: IssuedLink;
  days: number;
  replaced?: boolean;
}) {
  return (
    <div className="space-y-2 rounded-md border border-emerald-300 dark:border-emerald-700 bg-emerald-50 dark:bg-emerald-950 p-3 text-sm text-emerald-950 dark:text-emerald-50">
      <p className="font-semibold">
        {replaced ? `New link for ${issued.email} ready.` : `Invitation for ${issued.email} ready.`}
      </p>
      <p>
        Send them this link. It works once, for {days} days, and is not shown again once you leave this page.
        {replaced ? " The earlier link no longer works." : null}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          aria-label={`Invitation link for ${issued.email}`}
          value={issued.link}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} min-w-0 flex-1 font-mono text-xs`}
        />
        <CopyButton text={issued.link} label={`Copy the link for ${issued.email}`} />
      </div>
      {issued.mail?.sent ? <p>It was also emailed to {issued.email}.</p> : null}
      {issued.mail && !issued.mail.sent ? (
        <p className="text-amber-900 dark:text-amber-100">
          The email could not be sent ({issued.mail.problem}): copy the link instead.
        </p>
      ) : null}
    </div>
  );
}
