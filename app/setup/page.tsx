import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EMAIL_FIELD, NAME_FIELD, NEW_PASSWORD_FIELD } from "@/components/auth/account-fields";
import { AccountForm } from "@/components/auth/account-form";
import { AuthCard } from "@/components/auth/auth-card";
import { guardedPage } from "@/components/auth/guarded-page";
import { createFirstAccountAction } from "@/lib/actions/create-first-account";
import { hasAnyAccount } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Create the first account" };

/** First run only: once any account exists, this page is gone. */
export default guardedPage("/setup", async function SetupPage() {
  if (await hasAnyAccount()) notFound();
  return (
    <AuthCard
      title="Create the first account"
      intro={
        <>
          No one has an account here yet. This first one is an <strong>Admin</strong>: it can send, read history and
          invite the rest of the team from Members.
        </>
      }
    >
      <AccountForm
        label="Create the first account"
        action={createFirstAccountAction}
        schema="newAccount"
        fields={[NAME_FIELD, EMAIL_FIELD, NEW_PASSWORD_FIELD]}
        submitLabel="Create account"
        pendingLabel="Creating account…"
      />
    </AuthCard>
  );
});
