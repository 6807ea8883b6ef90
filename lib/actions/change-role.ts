"use server";

import { revalidatePath } from "next/cache";
import { formValues, memberRoleSchema } from "@/lib/auth/forms";
import { guardedAction } from "@/lib/auth/guard";
import { changeRole } from "@/lib/auth/members";
import type { Role } from "@/lib/auth/roles";
import { database } from "@/lib/db";
import { type FormResult, validatedForm } from "./form-result";

/** Who now has which role, for the confirmation; changed is false when they had it already. */
export type ChangeRoleResult = FormResult<{ name: string; role: Role; changed: boolean }>;

/** Gives someone another role; it applies to their very next request. The last Admin cannot be demoted. */
export const changeRoleAction = guardedAction(
  "changeRole",
  async function changeMemberRole(
    _actor,
    _previous: ChangeRoleResult | null,
    form: FormData,
  ): Promise<ChangeRoleResult> {
    return validatedForm(memberRoleSchema, formValues(form), async ({ userId, role }): Promise<ChangeRoleResult> => {
      const outcome = await changeRole(await database(), userId, role);
      revalidatePath("/settings/members");
      return outcome;
    });
  },
);
