"use server";

import { revalidatePath } from "next/cache";
import { formValues, invitationIdSchema } from "@/lib/auth/forms";
import { guardedAction } from "@/lib/auth/guard";
import { revokeInvitation } from "@/lib/auth/invitations";
import { database } from "@/lib/db";
import { type FormResult, validatedForm } from "./form-result";

/** Withdraws a pending invitation: its link stops working at once. */
export const revokeInvitationAction = guardedAction(
  "revokeInvitation",
  async function revokeInvitationLink(_actor, _previous: FormResult | null, form: FormData): Promise<FormResult> {
    return validatedForm(invitationIdSchema, formValues(form), async ({ invitationId }) => {
      const revoked = await revokeInvitation(await database(), invitationId);
      revalidatePath("/settings/members");
      return revoked
        ? { ok: true }
        : {
            ok: false,
            error: {
              code: "NOT_PENDING",
              title: "Nothing changed",
              message: "That invitation was already used, withdrawn or expired.",
              hint: "Reload the page.",
            },
          };
    });
  },
);
