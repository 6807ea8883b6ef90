"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createAccount, signInNewAccount } from "@/lib/auth/accounts";
import { acceptInvitationSchema, formValues } from "@/lib/auth/forms";
import { guardedAction } from "@/lib/auth/guard";
import { claimInvitation, recordAcceptance, releaseInvitation } from "@/lib/auth/invitations";
import { startPath } from "@/lib/auth/rules";
import { database } from "@/lib/db";
import { type FormResult, validatedForm } from "./form-result";

/** Turns a one-time invitation into an account with the invited email and role, and signs the person in. */
export const acceptInvitationAction = guardedAction(
  "acceptInvitation",
  async function acceptInvitation(_actor, _previous: FormResult | null, form: FormData): Promise<FormResult> {
    return validatedForm(acceptInvitationSchema, formValues(form), async ({ token, name, password }) => {
      const db = await database();
      const invitation = await claimInvitation(db, token);
      if (!invitation) {
        return {
          ok: false,
          error: {
            code: "INVITATION_UNUSABLE",
            title: "Account not created",
            message: "This invitation link has been used, has expired or was withdrawn.",
            hint: "Ask an Admin for a new invitation.",
          },
        };
      }
      const created = await createAccount({ name, email: invitation.email, password, role: invitation.role }).catch(
        async (error: unknown) => {
          await releaseInvitation(db, invitation.id);
          throw error;
        },
      );
      if (!created.ok) {
        await releaseInvitation(db, invitation.id);
        return created;
      }
      await recordAcceptance(db, invitation.id, created.userId);
      await signInNewAccount(invitation.email, password, await headers());
      redirect(startPath(invitation.role));
    });
  },
);
