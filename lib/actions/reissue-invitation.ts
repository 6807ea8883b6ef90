"use server";

import { revalidatePath } from "next/cache";
import { formValues, invitationIdSchema } from "@/lib/auth/forms";
import { guardedAction } from "@/lib/auth/guard";
import { findPendingInvitation, reissueInvitation } from "@/lib/auth/invitations";
import { findMemberByEmail } from "@/lib/auth/members";
import { database } from "@/lib/db";
import { validatedForm } from "./form-result";
import { deliverInvitation, type InviteResult } from "./invitation-link";

/**
 * A new link for a waiting invitation, whose own link cannot be shown again (only its hash is kept): the old link
 * stops working, and a fresh one for the same email and role, valid for 7 days from now, is shown once (and
 * emailed, with SMTP_URL set).
 */
export const reissueInvitationAction = guardedAction(
  "reissueInvitation",
  async function reissueInvitationLink(actor, _previous: InviteResult | null, form: FormData): Promise<InviteResult> {
    return validatedForm(invitationIdSchema, formValues(form), async ({ invitationId }): Promise<InviteResult> => {
      const db = await database();
      const waiting = await findPendingInvitation(db, invitationId);
      // Someone may have been given an account another way (npm run users) while their invitation waited.
      if (waiting && (await findMemberByEmail(db, waiting.email))) {
        return refused(
          "ALREADY_MEMBER",
          `${waiting.email} already has an account.`,
          "Withdraw this invitation instead.",
        );
      }
      const issued = waiting ? await reissueInvitation(db, invitationId, actor.id) : null;
      revalidatePath("/settings/members");
      if (!issued) {
        return refused("NOT_PENDING", "That invitation was already used, withdrawn or expired.", "Reload the page.");
      }
      return deliverInvitation(actor, issued);
    });
  },
);

function refused(code: string, message: string, hint: string): InviteResult {
  return { ok: false, error: { code, title: "No new link made", message, hint } };
}
