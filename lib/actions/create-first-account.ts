"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createFirstAdmin, signInNewAccount } from "@/lib/auth/accounts";
import { formValues, newAccountSchema } from "@/lib/auth/forms";
import { guardedAction } from "@/lib/auth/guard";
import { startPath } from "@/lib/auth/rules";
import { type FormResult, validatedForm } from "./form-result";

/** First run: makes the first account, an Admin, and signs them in. Refused once any account exists. */
export const createFirstAccountAction = guardedAction(
  "createFirstAccount",
  async function createFirstAccount(_actor, _previous: FormResult | null, form: FormData): Promise<FormResult> {
    return validatedForm(newAccountSchema, formValues(form), async ({ name, email, password }) => {
      const created = await createFirstAdmin({ name, email, password });
      if (!created.ok) return created;
      await signInNewAccount(email, password, await headers());
      redirect(startPath("admin"));
    });
  },
);
