import { findTemplate } from "./catalog";
import { templateValuesFromRequest } from "./from-request";
import { renderTemplate, segmentsText } from "./render";
import type { TemplateDefinition } from "./types";

/**
 * The words a sent template showed the customer (its text header, then its body, with the values sent), or null
 * when its definition is not among the templates at hand: a conversation reads what was said, not a template's name.
 */
export function sentTemplateText(request: unknown, templates: readonly TemplateDefinition[]): string | null {
  const values = templateValuesFromRequest(request);
  const definition = findTemplate(templates, values.templateName, values.language);
  if (!definition) return null;
  const rendered = renderTemplate(definition, { variables: values.variables, filenames: values.filenames });
  const header = rendered.header?.kind === "text" ? segmentsText(rendered.header.segments) : "";
  const body = segmentsText(rendered.body);
  return header ? `${header}\n${body}` : body;
}
