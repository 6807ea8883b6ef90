"use server";

import { guardedAction } from "@/lib/auth/guard";
import { loadTemplates, type TemplatesResult } from "@/lib/templates/load";

/** The template list fetched from Connectly again, past the cache (the composer's Refresh templates). */
export const refreshTemplatesAction = guardedAction(
  "refreshTemplates",
  async function refreshTemplates(): Promise<TemplatesResult> {
    return loadTemplates({ refresh: true });
  },
);
