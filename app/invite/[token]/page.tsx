import type { Metadata } from "next";
import Link from "next/link";
import { NAME_FIELD, NEW_PASSWORD_FIELD } from "@/components/auth/account-fields";
import { AccountForm } from "@/components/auth/account-form";
import { AuthCard } from "@/components/auth/auth-card";
import { guardedPage } from "@/components/auth/guarded-page";
import { acceptInvitationAction } from "@/lib/actions/accept-invitation";
import { findUsableInvitation } from "@/lib/auth/invitations";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { database } from "@/lib/db";

export const metadata: Metadata = { title: "Accept an invitation", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default guardedPage("/invite/[token]", async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = await findUsableInvitation(await database(), decodeURIComponent(token));
  if (!invitation) {
    return (
      <AuthCard title="This invitation cannot be used">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The link has been used, has expired or was withdrawn. Ask an Admin for a new invitation, or{" "}
          <Link href="/sign-in" className="font-medium text-brand-700 dark:text-brand-300 underline">
            sign in
          </Link>{" "}
          if you already have an account.
        </p>
      </AuthCard>
    );
  }
  const role = ROLE_LABELS[invitation.role];
  return (
    <AuthCard
      title="Join WhatsApp Composer"
      intro={
        <>
          {invitation.invitedByName ?? "An Admin"} invited <strong>{invitation.email}</strong> as {role} (
          {ROLE_DESCRIPTIONS[invitation.role]}). Choose your name and a password.
        </>
      }
    >
      <AccountForm
        label="Accept the invitation"
        action={acceptInvitationAction}
        schema="acceptInvitation"
        fields={[NAME_FIELD, NEW_PASSWORD_FIELD]}
        hidden={{ token: decodeURIComponent(token) }}
        submitLabel="Create account"
        pendingLabel="Creating account…"
      />
    </AuthCard>
  );
});
