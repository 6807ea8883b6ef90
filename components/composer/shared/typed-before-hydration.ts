import { type FieldValues, get } from "react-hook-form";

/**
 * What the person typed into the server-rendered form before its script ran: every text control whose value
 * differs from the values the page was rendered with. The form does not see those keystrokes by itself.
 */
export function typedBeforeHydration(form: HTMLFormElement | null, rendered: FieldValues): [string, string][] {
  if (!form) return [];
  const typed: [string, string][] = [];
  // The controls inside it, not form.elements: the long texts belong to a form of their own (text-island.tsx).
  for (const control of Array.from(form.querySelectorAll("input, select, textarea"))) {
    const isText =
      control instanceof HTMLTextAreaElement ||
      control instanceof HTMLSelectElement ||
      (control instanceof HTMLInputElement && !["checkbox", "radio", "file"].includes(control.type));
    if (!isText || !control.name) continue;
    const value: unknown = get(rendered, control.name);
    if (typeof value !== "string") continue;
    // A textarea reports CR LF as LF: that is the same text, not an edit.
    const shown = value.replace(/\r\n?/g, "\n");
    // A select shows its first option when the value is none of them; nobody picked that.
    const offered =
      !(control instanceof HTMLSelectElement) || Array.from(control.options).some((o) => o.value === shown);
    if (offered && control.value !== shown) typed.push([control.name, control.value]);
  }
  return typed;
}
