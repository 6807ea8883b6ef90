"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formValues, signInSchema } from "@/lib/auth/forms";
import { guardedAction } from "@/lib/auth/guard";
import { safeNextPath } from "@/lib/auth/next-path";
import { applySetCookies } from "@/lib/auth/response-cookies";
import { startPath } from "@/lib/auth/rules";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { type FormResult, validatedForm } from "./form-result";

/** Sign in with Email and Password, then go back to the page that asked (the form's hidden `next`). */
export const signInAction = guardedAction(
  "signIn",
  async function signIn(_actor, _previous: FormResult | null, form: FormData): Promise<FormResult> {
    const values = formValues(form);
    return validatedForm(signInSchema, values, async ({ email, password }) => {
      const request = await headers();
      const outcome = await signInWithPassword({
        email,
        password,
        userAgent: request.get("user-agent"),
        forwardedFor: request.get("x-forwarded-for"),
      });
      if (!outcome.ok) return outcome;
      await applySetCookies(outcome.setCookies);
      // Straight to where they start, not through "/", whose own redirect is one more round trip on a blank page.
      const next = safeNextPath(values.next);
      redirect(next === "/" ? startPath(outcome.role) : next);
    });
  },
);
