import { z } from "zod";
import { ROLES } from "./roles";

/** The password rule, for the forms here and for better-auth (auth.ts), which enforces it again. */
const PASSWORD = { min: 10, max: 128 } as const;

/** Whose address it is changes how a missing one is asked for: your own, or the person invited. */
const emailOf = (missing: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .pipe(z.email("Enter an email address such as ana@example.com."))
    .transform((value) => value.toLowerCase());

const email = emailOf("Enter your email address.");

const name = z
  .string()
  .trim()
  .min(1, "Enter a name.")
  .max(100, "Keep the name under 100 characters.")
  .regex(/^[^\p{Cc}]*$/u, "Use a name without line breaks or tabs.");

const newPassword = z
  .string()
  .min(PASSWORD.min, `Use at least ${PASSWORD.min} characters.`)
  .max(PASSWORD.max, `Use at most ${PASSWORD.max} characters.`);

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password."),
});

export const newAccountSchema = z.object({ name, email, password: newPassword });

export const acceptInvitationSchema = z.object({
  token: z.string().min(1),
  name,
  password: newPassword,
});

export const roleSchema = z.enum(ROLES, { error: "Choose Admin, Agent or Viewer." });

export const inviteSchema = z.object({
  email: emailOf("Enter the email address of the person to invite."),
  role: roleSchema,
});

export const memberRoleSchema = z.object({ userId: z.string().min(1), role: roleSchema });

export const memberSchema = z.object({ userId: z.string().min(1) });

export const invitationIdSchema = z.object({ invitationId: z.string().min(1) });

export { PASSWORD as PASSWORD_RULES };

/** A form's text fields as a plain object, which the schemas above parse on the server as in the browser. */
export function formValues(form: FormData | unknown): Record<string, string> {
  if (!(form instanceof FormData)) return {};
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}
