"use server";

import { revalidatePath } from "next/cache";
import { formValues, memberSchema } from "@/lib/auth/forms";
import { guardedAction } from "@/lib/auth/guard";
import { deactivate } from "@/lib/auth/members";
import { database } from "@/lib/db";
import { type FormResult, validatedForm } from "./form-result";

/** Ends all of someone's sessions at once and stops them signing in; what they sent stays in history. */
export const deactivateMemberAction = guardedAction(
  "deactivateMember",
  async function deactivateMember(actor, _previous: FormResult | null, form: FormData): Promise<FormResult> {
    return validatedForm(memberSchema, formValues(form), async ({ userId }): Promise<FormResult> => {
      const outcome = await deactivate(await database(), userId, actor.id);
      revalidatePath("/settings/members");
      return outcome;
    });
  },
);
