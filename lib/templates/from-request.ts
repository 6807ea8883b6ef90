import { userCallbackData } from "@/lib/messages/send-key";
import { type TemplateFormValues, templateDefaults } from "./schema";

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Fields) : {};
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/**
 * The template composer's values for a stored TemplateMessageRequest ("Edit as new" from history). A history row may
 * hold anything, so every field falls back to its default rather than failing.
 */
export function templateValuesFromRequest(request: unknown): TemplateFormValues {
  const stored = fields(request);
  const variables: Record<string, string> = {};
  const filenames: Record<string, string> = {};
  for (const parameter of Array.isArray(stored.parameters) ? stored.parameters.map(fields) : []) {
    const name = text(parameter.name);
    if (!name) continue;
    variables[name] = text(parameter.value);
    if (typeof parameter.filename === "string") filenames[name] = parameter.filename;
  }
  let callbackData = "";
  // The send key rode along in callbackData; the new message gets its own.
  const own = userCallbackData(stored.callbackData);
  if (own !== undefined) {
    // Pretty-printed, as the person edits it in a textarea.
    callbackData = JSON.stringify(own, null, 2) ?? "";
  }
  return {
    ...templateDefaults,
    recipient: { id: text(stored.number).replace(/^bsuid:/i, ""), name: "" },
    senderId: text(stored.sender),
    templateName: text(stored.templateName),
    language: text(stored.language),
    variables,
    filenames,
    campaignName: text(stored.campaignName),
    callbackData,
  };
}
