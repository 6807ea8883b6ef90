"use server";

import { revalidatePath } from "next/cache";
import { formValues, inviteSchema } from "@/lib/auth/forms";
import { guardedAction } from "@/lib/auth/guard";
import { createInvitation, invitationLink } from "@/lib/auth/invitations";
import { findMemberByEmail } from "@/lib/auth/members";
import { database } from "@/lib/db";
import { env } from "@/lib/env";
import { sendInvitationEmail } from "@/lib/mail/invitation-email";
import { type FormResult, validatedForm } from "./form-result";

export type InviteResult = FormResult<{
  email: string;
  link: string;
  /** Set only when SMTP_URL is configured. */
  mail?: { sent: true } | { sent: false; problem: string };
}>;

/**
 * Makes a one-time invitation link for an email and role, valid for 7 days, shown once for copying and, with
 * SMTP_URL set, also emailed. A failed email still leaves the link to copy.
 */
export const inviteMemberAction = guardedAction(
  "inviteMember",
  async function inviteMember(actor, _previous: InviteResult | null, form: FormData): Promise<InviteResult> {
    return validatedForm(inviteSchema, formValues(form), async ({ email, role }): Promise<InviteResult> => {
      const db = await database();
      if (await findMemberByEmail(db, email)) {
        return {
          ok: false,
          fieldErrors: { email: `${email} already has an account.` },
          error: {
            code: "ALREADY_MEMBER",
            title: "No invitation made",
            message: "That person is already a member.",
            hint: "",
          },
        };
      }
      const config = env();
      const { token, invitation } = await createInvitation(db, { email, role, invitedBy: actor.id });
      const link = invitationLink(config.appUrl, token);
      revalidatePath("/settings/members");
      if (!config.smtpUrl) return { ok: true, email, link };
      try {
        await sendInvitationEmail(
          { smtpUrl: config.smtpUrl, from: config.smtpFrom },
          { to: email, link, role, invitedBy: actor.name, expiresAt: invitation.expiresAt },
        );
        return { ok: true, email, link, mail: { sent: true } };
      } catch (error) {
        const problem = error instanceof Error ? error.message : String(error);
        console.error(`Invitation email not sent (SMTP_URL): ${problem}`);
        return { ok: true, email, link, mail: { sent: false, problem } };
      }
    });
  },
);
