import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CURRENT_PASSWORD_FIELD, EMAIL_FIELD } from "@/components/auth/account-fields";
import { AccountForm } from "@/components/auth/account-form";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgetDrafts } from "@/components/auth/forget-drafts";
import { guardedPage } from "@/components/auth/guarded-page";
import { signInAction } from "@/lib/actions/sign-in";
import { hasAnyAccount } from "@/lib/auth/actor";
import { safeNextPath } from "@/lib/auth/next-path";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default guardedPage("/sign-in", async function SignInPage({ searchParams }: Props, actor) {
  if (!(await hasAnyAccount())) redirect("/setup");
  const requested = (await searchParams).next;
  const next = safeNextPath(Array.isArray(requested) ? requested[0] : requested);
  if (actor) redirect(next);
  return (
    <AuthCard title="Sign in" intro="Sign in with the email and password of your WhatsApp Composer account.">
      <ForgetDrafts />
      <AccountForm
        label="Sign in"
        action={signInAction}
        schema="signIn"
        fields={[EMAIL_FIELD, CURRENT_PASSWORD_FIELD]}
        hidden={{ next }}
        submitLabel="Sign in"
        pendingLabel="Signing in…"
      />
      <p className="mt-4 text-xs text-slate-500 dark:text-slate-400">
        No account? Ask an Admin of this dashboard for an invitation.
      </p>
    </AuthCard>
  );
});
