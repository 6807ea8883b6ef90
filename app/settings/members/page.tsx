import type { Metadata } from "next";
import type { ReactNode } from "react";
import { guardedPage } from "@/components/auth/guarded-page";
import { InviteForm } from "@/components/members/invite-form";
import { MembersAttempts } from "@/components/members/members-attempts";
import { MembersTable } from "@/components/members/members-table";
import { PendingInvitations } from "@/components/members/pending-invitations";
import { INVITATION_DAYS, listPendingInvitations } from "@/lib/auth/invitations";
import { listMembers } from "@/lib/auth/members";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { database } from "@/lib/db";

export const metadata: Metadata = { title: "Members" };

export default guardedPage("/settings/members", async function MembersPage(_props: object, actor) {
  const db = await database();
  const [members, invitations] = await Promise.all([listMembers(db), listPendingInvitations(db)]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-xl font-semibold text-slate-900 dark:text-slate-100">Members</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {ROLES.map((role) => `${ROLE_LABELS[role]}: ${ROLE_DESCRIPTIONS[role]}`).join(" · ")}.
        </p>
      </div>
      <MembersAttempts>
        <Section id="invite" title="Invite someone">
          <InviteForm days={INVITATION_DAYS} waitingIds={invitations.map((invitation) => invitation.id)} />
        </Section>
        <Section id="people" title="People">
          <MembersTable members={members} selfId={actor.id} />
        </Section>
        <Section id="pending" title="Waiting invitations">
          <PendingInvitations invitations={invitations} days={INVITATION_DAYS} />
        </Section>
      </MembersAttempts>
    </div>
  );
});

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-base font-semibold text-slate-900 dark:text-slate-100">
        {title}
      </h2>
      {children}
    </section>
  );
}
