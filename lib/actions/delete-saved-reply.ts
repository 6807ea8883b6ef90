"use server";

import { revalidatePath } from "next/cache";
import { guardedAction } from "@/lib/auth/guard";
import { database } from "@/lib/db";
import { deleteSavedReply } from "@/lib/db/saved-replies";
import type { ActionResult } from "./result";

export const deleteSavedReplyAction = guardedAction(
  "deleteSavedReply",
  async function deleteReply(_actor, id: string): Promise<ActionResult<object>> {
    if (typeof id !== "string" || id === "") {
      return {
        ok: false,
        error: { code: "INVALID_INPUT", title: "Not deleted", message: "No saved reply named.", hint: "" },
      };
    }
    await deleteSavedReply(await database(), id);
    revalidatePath("/settings/saved-replies");
    return { ok: true };
  },
);
