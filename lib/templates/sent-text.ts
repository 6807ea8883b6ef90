import { findTemplate } from "./catalog";
import { templateValuesFromRequest } from "./from-request";
import { renderTemplate, segmentsText } from "./render";
import type { TemplateDefinition } from "./types";

/**
 * A sent template's words (its text header, then its body) as its definition reads now with the values sent, so a
 * conversation reads what was said rather than a template's name. Null when the definition is not at hand, or asks
 * for a value the send did not carry (the template changed since, or the row is old): the example would stand in
 * for it, words the customer never got.
 */
export function sentTemplateText(request: unknown, templates: readonly TemplateDefinition[]): string | null {
  const values = templateValuesFromRequest(request);
  const definition = findTemplate(templates, values.templateName, values.language);
  if (!definition) return null;
  const rendered = renderTemplate(definition, { variables: values.variables, filenames: values.filenames });
  const header = rendered.header?.kind === "text" ? rendered.header.segments : [];
  const parts = [...header, ...rendered.body];
  if (parts.some((part) => part.source === "example" || part.source === "placeholder")) return null;
  const body = segmentsText(rendered.body);
  return header.length > 0 ? `${segmentsText(header)}\n${body}` : body;
}
