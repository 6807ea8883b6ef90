import { COMPOSER_TYPE_LABELS } from "@/components/composer/message-type-labels";

export function typeLabel(type: string): string {
  return (COMPOSER_TYPE_LABELS as Record<string, string>)[type] ?? type;
}
