import { LIMITS } from "@/lib/messages/limits";
import type { TemplateDefinition } from "./types";

/**
 * How Connectly numbers URL buttons in `button_N_url`: its docs list button_1_url and button_2_url but never say
 * whether N starts at 0 (Meta's own `index`) or 1 [?]. We take 1, counted over ALL of the template's buttons in
 * their order (so a URL button after two quick replies is button_3_url). Changing the base is this one constant.
 */
export const BUTTON_PARAMETER_BASE = 1;

/**
 * One value the person must supply, named exactly as Connectly's `parameters[].name`. Every composer field,
 * check and request parameter is derived from this list, so a new kind of parameter (carousel cards, whose
 * names Connectly has not documented) is one more variant here, not a redesign.
 */
export type TemplateVariable =
  | { kind: "header_text"; name: "header_text"; label: string; placeholder: string; example?: string }
  | {
      kind: "header_media";
      name: "header_image" | "header_video" | "header_document";
      label: string;
      mediaType: "image" | "video" | "document";
      /** Documents also take a `filename`, shown in the bubble. */
      withFilename: boolean;
      example?: string;
    }
  | { kind: "body"; name: `body_${number}`; label: string; placeholder: string; example?: string }
  | {
      kind: "button_url";
      name: `button_${number}_url`;
      label: string;
      /** Position in TemplateDefinition.buttons. */
      buttonIndex: number;
      /** The button's URL before the variable; the value is appended to it. */
      baseUrl: string;
      example?: string;
    };

/** `{{1}}` or a named `{{first_name}}`, spaces inside the braces tolerated. */
export const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const TRAILING_PLACEHOLDER = /\{\{\s*[A-Za-z0-9_]+\s*\}\}\s*$/;

export interface BodyPlaceholder {
  /** What stands between the braces: "1", or a name. */
  key: string;
  /** The n of body_n. */
  number: number;
}

/**
 * The body's variables in body_n order. Positional {{n}} become body_n; named ones are numbered in order of first
 * appearance, as Connectly only has body_1 … body_15. Beyond 15 nothing can fill them, so they are left out.
 */
export function bodyPlaceholders(text: string): BodyPlaceholder[] {
  const keys = [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""))];
  const positional = keys.filter((key) => /^\d+$/.test(key) && Number(key) > 0);
  const highest = Math.max(0, ...positional.map(Number));
  const named = keys.filter((key) => !positional.includes(key));
  return [
    ...positional.map((key) => ({ key, number: Number(key) })),
    ...named.map((key, index) => ({ key, number: highest + index + 1 })),
  ]
    .filter((placeholder) => placeholder.number <= LIMITS.template.bodyVariables)
    .sort((a, b) => a.number - b.number);
}

/** The key of the header's variable, if its text has one (WhatsApp allows at most one). */
export function headerPlaceholder(text: string): string | undefined {
  return [...text.matchAll(PLACEHOLDER)][0]?.[1];
}

/** The URL before a trailing variable, or undefined for a static URL. */
export function dynamicUrlBase(url: string | undefined): string | undefined {
  if (!url || !TRAILING_PLACEHOLDER.test(url)) return undefined;
  return url.replace(TRAILING_PLACEHOLDER, "");
}

export function buttonParameterName(buttonIndex: number): `button_${number}_url` {
  return `button_${buttonIndex + BUTTON_PARAMETER_BASE}_url`;
}

/** The fields a template needs filled, in the order the composer shows them and the request lists them. */
export function templateVariables(definition: TemplateDefinition): TemplateVariable[] {
  const variables: TemplateVariable[] = [];
  const header = definition.header;
  if (header?.kind === "text") {
    const key = headerPlaceholder(header.text);
    if (key !== undefined) {
      variables.push({
        kind: "header_text",
        name: "header_text",
        label: "Header text",
        placeholder: `{{${key}}}`,
        ...example(header.example),
      });
    }
  } else if (header) {
    variables.push({
      kind: "header_media",
      name: `header_${header.kind}`,
      label: "Header media URL",
      mediaType: header.kind,
      withFilename: header.kind === "document",
      ...example(header.example),
    });
  }
  for (const { key, number } of bodyPlaceholders(definition.body.text)) {
    variables.push({
      kind: "body",
      name: `body_${number}`,
      label: `Body variable {{${key}}}`,
      placeholder: `{{${key}}}`,
      ...example(definition.body.examples[number - 1]),
    });
  }
  definition.buttons.forEach((button, buttonIndex) => {
    const baseUrl = button.kind === "url" ? dynamicUrlBase(button.url) : undefined;
    if (baseUrl === undefined) return;
    const suffix = button.example?.startsWith(baseUrl) ? button.example.slice(baseUrl.length) : button.example;
    variables.push({
      kind: "button_url",
      name: buttonParameterName(buttonIndex),
      label: `Button ${buttonIndex + 1} URL suffix`,
      buttonIndex,
      baseUrl,
      ...example(suffix),
    });
  });
  return variables;
}

function example(value: string | undefined): { example?: string } {
  return value ? { example: value } : {};
}
