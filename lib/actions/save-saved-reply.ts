"use server";

import { revalidatePath } from "next/cache";
import { formValues } from "@/lib/auth/forms";
import { guardedAction } from "@/lib/auth/guard";
import { database } from "@/lib/db";
import { saveSavedReply } from "@/lib/db/saved-replies";
import { nameTakenMessage, savedReplySchema } from "@/lib/saved-replies/saved-reply";
import { type FormResult, validatedForm } from "./form-result";

/** Adds a saved reply, or changes one (the form carries its id). */
export const saveSavedReplyAction = guardedAction(
  "saveSavedReply",
  async function saveReply(actor, _previous: FormResult | null, form: FormData): Promise<FormResult> {
    return validatedForm(savedReplySchema, formValues(form), async (reply): Promise<FormResult> => {
      const saved = await saveSavedReply(await database(), reply, actor.id);
      if (!saved.ok) {
        return saved.reason === "name-taken"
          ? {
              ok: false,
              fieldErrors: { name: nameTakenMessage(saved.taken) },
              error: { code: "NAME_TAKEN", title: "Check the form", message: "The name is taken.", hint: "" },
            }
          : {
              ok: false,
              error: {
                code: "NOT_FOUND",
                title: "Not saved",
                message: "This reply was deleted meanwhile.",
                hint: "Reload the page.",
              },
            };
      }
      revalidatePath("/settings/saved-replies");
      return { ok: true };
    });
  },
);
