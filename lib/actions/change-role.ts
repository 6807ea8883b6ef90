"use server";

import { revalidatePath } from "next/cache";
import { formValues, memberRoleSchema } from "@/lib/auth/forms";
import { guardedAction } from "@/lib/auth/guard";
import { changeRole } from "@/lib/auth/members";
import { database } from "@/lib/db";
import { type FormResult, validatedForm } from "./form-result";

/** Gives someone another role; it applies to their very next request. The last Admin cannot be demoted. */
export const changeRoleAction = guardedAction(
  "changeRole",
  async function changeMemberRole(_actor, _previous: FormResult | null, form: FormData): Promise<FormResult> {
    return validatedForm(memberRoleSchema, formValues(form), async ({ userId, role }): Promise<FormResult> => {
      const outcome = await changeRole(await database(), userId, role);
      revalidatePath("/settings/members");
      return outcome;
    });
  },
);
