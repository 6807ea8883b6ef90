"use server";

import { revalidatePath } from "next/cache";
import { formValues, inviteSchema } from "@/lib/auth/forms";
import { guardedAction } from "@/lib/auth/guard";
import { createInvitation } from "@/lib/auth/invitations";
import { findMemberByEmail } from "@/lib/auth/members";
import { database } from "@/lib/db";
import { validatedForm } from "./form-result";
import { alreadyMember, deliverInvitation, type InviteResult } from "./invitation-link";

/**
 * Makes a one-time invitation link for an email and role, valid for 7 days, shown once for copying and, with
 * SMTP_URL set, also emailed. A failed email still leaves the link to copy.
 */
export const inviteMemberAction = guardedAction(
  "inviteMember",
  async function inviteMember(actor, _previous: InviteResult | null, form: FormData): Promise<InviteResult> {
    return validatedForm(inviteSchema, formValues(form), async ({ email, role }): Promise<InviteResult> => {
      const db = await database();
      if (await findMemberByEmail(db, email)) return alreadyMember(email);
      const issued = await createInvitation(db, { email, role, invitedBy: actor.id });
      revalidatePath("/settings/members");
      return deliverInvitation(actor, issued);
    });
  },
);
