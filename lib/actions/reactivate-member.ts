"use server";

import { revalidatePath } from "next/cache";
import { formValues, memberSchema } from "@/lib/auth/forms";
import { guardedAction } from "@/lib/auth/guard";
import { reactivate } from "@/lib/auth/members";
import { database } from "@/lib/db";
import { type FormResult, validatedForm } from "./form-result";

/** Lets a deactivated person sign in again, with the role they had. */
export const reactivateMemberAction = guardedAction(
  "reactivateMember",
  async function reactivateMember(_actor, _previous: FormResult | null, form: FormData): Promise<FormResult> {
    return validatedForm(memberSchema, formValues(form), async ({ userId }): Promise<FormResult> => {
      const outcome = await reactivate(await database(), userId);
      revalidatePath("/settings/members");
      return outcome;
    });
  },
);
