import { PASSWORD_RULES } from "@/lib/auth/forms";
import type { AccountField } from "./account-form";

export const NAME_FIELD: AccountField = { name: "name", label: "Name", type: "text", autoComplete: "name" };

export const EMAIL_FIELD: AccountField = { name: "email", label: "Email", type: "email", autoComplete: "email" };

export const CURRENT_PASSWORD_FIELD: AccountField = {
  name: "password",
  label: "Password",
  type: "password",
  autoComplete: "current-password",
};

export const NEW_PASSWORD_FIELD: AccountField = {
  name: "password",
  label: "Password",
  type: "password",
  autoComplete: "new-password",
  hint: `At least ${PASSWORD_RULES.min} characters.`,
};
