import "server-only";
import { peekTemplates } from "@/lib/templates/cache";
import type { TemplateDefinition } from "@/lib/templates/types";

/**
 * The templates this process already holds, to read a sent template's words in a conversation, without a call to
 * Connectly: the Inbox polls every few seconds and must not wait on it, nor fail with it. The template composers
 * (also the one under a thread) fill the cache; until then a template send reads as its name.
 */
export function templatesAtHand(): readonly TemplateDefinition[] {
  return peekTemplates()?.templates ?? [];
}
