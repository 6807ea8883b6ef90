import { z } from "zod";
import { emptyEnvelope, optional } from "@/lib/messages/envelope";
import {
  callbackDataField,
  campaignNameField,
  limitedText,
  parseCallbackData,
  senderIdField,
} from "@/lib/messages/fields";
import { graphemeLength } from "@/lib/messages/graphemes";
import { LIMITS } from "@/lib/messages/limits";
import { mediaUrlProblem } from "@/lib/messages/media";
import { BSUID_PATTERN, recipientProblem } from "@/lib/messages/recipient";
import type { JsonValue } from "@/lib/messages/request";
import { findTemplate } from "./catalog";
import { renderTemplate, type Segment, segmentsText } from "./render";
import type { TemplateDefinition, TemplateMessageRequest, TemplateParameter } from "./types";
import { type TemplateVariable, templateVariables } from "./variables";

/**
 * The template composer's form. It shares the session composers' envelope so the recipient, sender and options
 * carry over between types (recipient.name only travels along: a template request has no place for it).
 * Variables are keyed by Connectly's parameter name (body_1, header_image, …). Checked as a whole by
 * templateProblems, since what the variables must hold depends on the template chosen.
 */
const formShape = z.object({
  recipient: z.object({ id: z.string(), name: z.string() }),
  senderId: z.string(),
  templateName: z.string(),
  language: z.string(),
  variables: z.record(z.string(), z.string()),
  /** Keyed like `variables`; only a document header has one. */
  filenames: z.record(z.string(), z.string()),
  campaignName: z.string(),
  callbackData: z.string(),
});

export type TemplateFormValues = z.input<typeof formShape>;

export const templateDefaults: TemplateFormValues = {
  ...emptyEnvelope,
  templateName: "",
  language: "",
  variables: {},
  filenames: {},
};

const BSUID_PREFIX = /^bsuid:/i;
// Meta refuses such parameters (error 132018), so they are caught before the send.
const BAD_PARAMETER_TEXT = /[\n\r\t]| {5,}/;
const MAX_BUTTON_URL = 2000;

/** Connectly's `number`: an E.164 number as typed, or a BSUID in its prefixed form `bsuid:US.…`. */
export function templateNumber(recipient: string): string {
  const id = recipient.trim();
  const bare = id.replace(BSUID_PREFIX, "");
  return BSUID_PATTERN.test(bare) ? `bsuid:${bare}` : id;
}

/**
 * The request exactly as it will be sent. Pure and tolerant of half-filled forms, because the preview's JSON
 * panel shows it on every keystroke; a parameter still empty is listed with an empty value.
 */
export function buildTemplateRequest(
  values: TemplateFormValues,
  definition: TemplateDefinition | undefined,
): TemplateMessageRequest {
  const sender = optional(values.senderId);
  const request: TemplateMessageRequest = {
    ...(sender ? { sender } : {}),
    number: templateNumber(values.recipient?.id ?? ""),
    templateName: values.templateName ?? "",
    language: values.language ?? "",
  };
  const parameters = definition ? templateParameters(definition, values) : [];
  if (parameters.length > 0) request.parameters = parameters;
  const callbackData = parseCallbackData(values.callbackData ?? "");
  if (callbackData !== undefined) request.callbackData = callbackData as JsonValue;
  const campaignName = optional(values.campaignName);
  if (campaignName) request.campaignName = campaignName;
  return request;
}

function templateParameters(definition: TemplateDefinition, values: TemplateFormValues): TemplateParameter[] {
  return templateVariables(definition).map((variable) => {
    const parameter: TemplateParameter = {
      name: variable.name,
      value: values.variables?.[variable.name]?.trim() ?? "",
    };
    const takesFilename = variable.kind === "header_media" && variable.withFilename;
    const filename = takesFilename ? optional(values.filenames?.[variable.name]) : undefined;
    if (filename) parameter.filename = filename;
    return parameter;
  });
}

export interface TemplateProblem {
  path: string[];
  message: string;
}

/**
 * Everything that stops this form from being sent, each at the field to fix. Checked as one pass (not per-field
 * schemas) because what the variables must hold depends on which template is chosen.
 */
export function templateProblems(
  values: TemplateFormValues,
  catalog: readonly TemplateDefinition[],
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const add = (path: string[], message: string | null | undefined) => {
    if (message) problems.push({ path, message });
  };
  add(["recipient", "id"], recipientProblem(values.recipient.id.trim().replace(BSUID_PREFIX, "")));
  for (const [key, field] of [
    ["senderId", senderIdField],
    ["campaignName", campaignNameField],
    ["callbackData", callbackDataField],
  ] as const) {
    add([key], field.safeParse(values[key]).error?.issues[0]?.message);
  }
  const definition = chosenTemplate(values, catalog, add);
  if (!definition) return problems;

  const variables = templateVariables(definition);
  for (const variable of variables) {
    add(["variables", variable.name], variableProblem(variable, values.variables[variable.name] ?? ""));
    if (variable.kind === "header_media" && variable.withFilename) {
      const filename = limitedText(LIMITS.fileName).safeParse(values.filenames[variable.name] ?? "");
      add(["filenames", variable.name], filename.error?.issues[0]?.message);
    }
  }

  const rendered = renderTemplate(definition, { variables: values.variables });
  const bodyLength = graphemeLength(typedText(rendered.body));
  if (bodyLength > LIMITS.template.body) {
    const over = bodyLength - LIMITS.template.body;
    const message =
      `With these values the body has ${count(bodyLength)} of ${count(LIMITS.template.body)} characters: ` +
      `shorten them by ${count(over)}.`;
    for (const variable of variables) {
      if (variable.kind === "body" && values.variables[variable.name]?.trim())
        add(["variables", variable.name], message);
    }
  }
  if (rendered.header?.kind === "text") {
    const headerLength = graphemeLength(typedText(rendered.header.segments));
    if (headerLength > LIMITS.template.header) {
      add(
        ["variables", "header_text"],
        `With this value the header has ${count(headerLength)} of ${LIMITS.template.header} characters.`,
      );
    }
  }
  return problems;
}

function chosenTemplate(
  values: TemplateFormValues,
  catalog: readonly TemplateDefinition[],
  add: (path: string[], message: string) => void,
): TemplateDefinition | undefined {
  const name = values.templateName;
  if (name === "") {
    add(["templateName"], "Choose a template.");
    return undefined;
  }
  const translations = catalog.filter((definition) => definition.name === name);
  if (translations.length === 0) {
    add(["templateName"], `There is no template named ${name}. Refresh the templates and choose again.`);
    return undefined;
  }
  if (!translations.some((definition) => definition.status === "approved")) {
    add(["templateName"], `${name} is not approved in any language yet, so it cannot be sent.`);
    return undefined;
  }
  if (values.language === "") {
    add(["language"], "Choose a language.");
    return undefined;
  }
  const definition = findTemplate(catalog, name, values.language);
  if (definition?.status !== "approved") {
    const state = definition ? `is ${definition.status} in ${values.language}` : `has no ${values.language} version`;
    add(["language"], `${name} ${state}; choose an approved language.`);
    return undefined;
  }
  return definition;
}

function variableProblem(variable: TemplateVariable, raw: string): string | null {
  const value = raw.trim();
  switch (variable.kind) {
    case "header_media":
      return mediaUrlProblem(value);
    case "header_text":
    case "body":
      if (value === "") return `Enter a value for ${variable.placeholder}.`;
      return BAD_PARAMETER_TEXT.test(value)
        ? "WhatsApp refuses line breaks, tabs and more than 4 spaces in a row in a variable."
        : null;
    case "button_url": {
      if (value === "") return `Enter the end of the link that follows ${variable.baseUrl}`;
      if (/\s/.test(value)) return "A link cannot contain spaces.";
      const url = variable.baseUrl + value;
      if (!URL.canParse(url)) return `${url} is not a valid link.`;
      return url.length > MAX_BUTTON_URL
        ? `The whole link must stay within ${count(MAX_BUTTON_URL)} characters.`
        : null;
    }
  }
}

/** Only what was typed counts towards a limit: an example standing in for an empty value is not sent. */
function typedText(segments: readonly Segment[]): string {
  return segmentsText(segments.filter((segment) => segment.source === "template" || segment.source === "value"));
}

function count(value: number): string {
  return value.toLocaleString("en-US");
}

/**
 * The form's resolver and the server action's gate, built for one template catalog: its output is the exact
 * request for Connectly, and only approved (name, language) pairs get through.
 */
export function templateMessageSchema(
  catalog: readonly TemplateDefinition[],
): z.ZodType<TemplateMessageRequest, TemplateFormValues> {
  return formShape.transform((values, ctx) => {
    const problems = templateProblems(values, catalog);
    if (problems.length === 0) {
      return buildTemplateRequest(values, findTemplate(catalog, values.templateName, values.language));
    }
    for (const { path, message } of problems) ctx.issues.push({ code: "custom", message, path, input: values });
    return z.NEVER;
  });
}
