import "server-only";
import { loadTemplates } from "@/lib/templates/load";
import type { TemplateDefinition } from "@/lib/templates/types";

/**
 * The cached templates when a conversation needs them to read a sent template's words, else none. Polled every few
 * seconds, so only when needed; the cache asks Connectly at most once per TTL, and a failure only costs the words.
 */
export async function templatesAtHand(needed: boolean): Promise<readonly TemplateDefinition[]> {
  if (!needed) return [];
  const loaded = await loadTemplates();
  return loaded.ok ? loaded.catalog.templates : [];
}
