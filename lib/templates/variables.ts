import { LIMITS } from "@/lib/messages/limits";
import type { TemplateCard, TemplateDefinition } from "./types";

/**
 * How Connectly numbers URL buttons in `button_N_url`: its docs list button_1_url and button_2_url but never say
 * whether N starts at 0 (Meta's own `index`) or 1 [?]. We take 1, counted over ALL of the template's buttons in
 * their order (so a URL button after two quick replies is button_3_url). Changing the base is this one constant.
 */
export const BUTTON_PARAMETER_BASE = 1;

/**
 * How a carousel card's parameters are named: an ASSUMPTION, to be confirmed against real Connectly. Connectly
 * supports carousel templates but documents no parameter names for their cards [?]. We take its own names for a
 * template's parts, prefixed with the card's position: `card_N_header_image` (or `_header_video`), `card_N_body_M`
 * for the card body's {{M}}, and `card_N_button_K_url` for a URL button's suffix, K counted over that card's own
 * buttons from BUTTON_PARAMETER_BASE. N starts at CARD_PARAMETER_BASE. Every card name in the composer, the
 * preview and the request comes from cardPrefix(), so a different scheme is a change here only (and in the
 * sandbox, which stands in for Connectly and so states its own naming in lib/connectly/sandbox/templates.ts).
 */
export const CARD_PARAMETER_BASE = 1;

/** What goes before a card's parameter names; "" for the template's own parts. */
export type ParameterPrefix = "" | `card_${number}_`;

export function cardPrefix(cardIndex: number): `card_${number}_` {
  return `card_${cardIndex + CARD_PARAMETER_BASE}_`;
}

/**
 * One value the person must supply, named exactly as Connectly's `parameters[].name`. Every composer field,
 * check and request parameter is derived from this list, so a new kind of parameter is one more variant here,
 * not a redesign. `card` (0-based) marks the variables of a carousel card; their names carry its prefix.
 */
export type TemplateVariable = (
  | {
      kind: "header_text";
      name: `${ParameterPrefix}header_text`;
      label: string;
      placeholder: string;
      /** The words around it in the header, so the field says what the value is for. */
      context: string;
      example?: string;
    }
  | {
      kind: "header_media";
      name: `${ParameterPrefix}header_${"image" | "video" | "document"}`;
      label: string;
      mediaType: "image" | "video" | "document";
      /** Documents also take a `filename`, shown in the bubble. */
      withFilename: boolean;
      example?: string;
    }
  | {
      kind: "body";
      name: `${ParameterPrefix}body_${number}`;
      label: string;
      placeholder: string;
      /** The words around its first use in the body. */
      context: string;
      example?: string;
    }
  | {
      kind: "button_url";
      name: `${ParameterPrefix}button_${number}_url`;
      label: string;
      /** Position in the buttons of the template (or of its card). */
      buttonIndex: number;
      /** The button's URL before the variable; the value is appended to it. */
      baseUrl: string;
      example?: string;
    }
) & { card?: number };

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

/** How many words either side of a placeholder its context keeps. */
const CONTEXT_WORDS = 4;

/**
 * The words around a placeholder's first use in a template's text, on its own line, with "…" where the line goes
 * on: "…use code {{2}} at checkout…". A label such as "Body variable {{2}}" says where the value goes, not what it
 * is, and on a phone the preview that shows the whole text starts folded.
 */
export function placeholderContext(text: string, key: string): string {
  const match = [...text.matchAll(PLACEHOLDER)].find((found) => found[1] === key);
  if (!match || match.index === undefined) return "";
  const lineStart = text.lastIndexOf("\n", match.index) + 1;
  const lineEnd = text.indexOf("\n", match.index);
  const before = text.slice(lineStart, match.index).split(/\s+/).filter(Boolean);
  const after = text
    .slice(match.index + match[0].length, lineEnd < 0 ? undefined : lineEnd)
    .split(/\s+/)
    .filter(Boolean);
  // What touches the placeholder ("code:{{2}}", "{{1}}!") stays joined to it, as one word.
  const lead = before.length > 0 && !/\s$/.test(text.slice(0, match.index)) ? before.pop() : "";
  const tail = after.length > 0 && !/^\s/.test(text.slice(match.index + match[0].length)) ? after.shift() : "";
  const kept = [
    ...before.slice(-CONTEXT_WORDS),
    `${lead ?? ""}{{${key}}}${tail ?? ""}`,
    ...after.slice(0, CONTEXT_WORDS),
  ].join(" ");
  return `${before.length > CONTEXT_WORDS ? "…" : ""}${kept}${after.length > CONTEXT_WORDS ? "…" : ""}`;
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
  return [
    ...partVariables(definition, "", ""),
    ...(definition.carousel ?? []).flatMap((card, index) =>
      partVariables(card, cardPrefix(index), `Card ${index + 1} `).map((variable) => ({ ...variable, card: index })),
    ),
  ];
}

/** The variables of the template's own header, body and buttons, or of one card's. */
function partVariables(parts: TemplateCard, prefix: ParameterPrefix, labelPrefix: string): TemplateVariable[] {
  const variables: TemplateVariable[] = [];
  const label = (text: string) => (labelPrefix ? labelPrefix + text.charAt(0).toLowerCase() + text.slice(1) : text);
  const header = parts.header;
  if (header?.kind === "text") {
    const key = headerPlaceholder(header.text);
    if (key !== undefined) {
      variables.push({
        kind: "header_text",
        name: `${prefix}header_text`,
        label: label("Header text"),
        placeholder: `{{${key}}}`,
        context: placeholderContext(header.text, key),
        ...example(header.example),
      });
    }
  } else if (header) {
    variables.push({
      kind: "header_media",
      name: `${prefix}header_${header.kind}`,
      // A card's header is all media, so "Card 1 image URL" says which kind the card takes.
      label: prefix ? label(`${MEDIA_NAME[header.kind]} URL`) : "Header media URL",
      mediaType: header.kind,
      withFilename: header.kind === "document",
      ...example(header.example),
    });
  }
  for (const { key, number } of bodyPlaceholders(parts.body.text)) {
    variables.push({
      kind: "body",
      name: `${prefix}body_${number}`,
      label: label(`Body variable {{${key}}}`),
      placeholder: `{{${key}}}`,
      context: placeholderContext(parts.body.text, key),
      ...example(parts.body.examples[number - 1]),
    });
  }
  parts.buttons.forEach((button, buttonIndex) => {
    const baseUrl = button.kind === "url" ? dynamicUrlBase(button.url) : undefined;
    if (baseUrl === undefined) return;
    const suffix = button.example?.startsWith(baseUrl) ? button.example.slice(baseUrl.length) : button.example;
    variables.push({
      kind: "button_url",
      name: `${prefix}${buttonParameterName(buttonIndex)}`,
      label: label(`Button ${buttonIndex + 1} URL suffix`),
      buttonIndex,
      baseUrl,
      ...example(suffix),
    });
  });
  return variables;
}

const MEDIA_NAME = { image: "Image", video: "Video", document: "Document" } as const;

function example(value: string | undefined): { example?: string } {
  return value ? { example: value } : {};
}
