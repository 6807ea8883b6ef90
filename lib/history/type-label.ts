import { COMPOSER_TYPE_LABELS } from "@/lib/messages/registry";

/** A history row's type as people read it: the list, a message's page and the CSV export say the same words. */
export function typeLabel(type: string): string {
  return (COMPOSER_TYPE_LABELS as Record<string, string>)[type] ?? type;
}
