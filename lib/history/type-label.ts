import { COMPOSER_TYPE_LABELS } from "@/lib/messages/registry";

export function typeLabel(type: string): string {
  return (COMPOSER_TYPE_LABELS as Record<string, string>)[type] ?? type;
}
