"use server";

import { loadTemplates, type TemplatesResult } from "@/lib/templates/load";

/** The template list fetched from Connectly again, past the cache (the composer's Refresh templates). */
export async function refreshTemplatesAction(): Promise<TemplatesResult> {
  return loadTemplates({ refresh: true });
}
