import type { TemplateButton, TemplateDefinition } from "./types";
import { bodyPlaceholders, buttonParameterName, dynamicUrlBase, headerPlaceholder, PLACEHOLDER } from "./variables";

/**
 * Where a piece of rendered text came from: the template itself, a value the person typed, the template's example
 * (the value is still empty), or the bare placeholder (empty and no example). The preview styles the last two.
 */
export type SegmentSource = "template" | VariableSource;
export type VariableSource = "value" | "example" | "placeholder";

export interface Segment {
  text: string;
  source: SegmentSource;
  /** The parameter name a variable segment stands for. */
  variable?: string;
}

export type RenderedHeader =
  | { kind: "text"; segments: Segment[] }
  | {
      kind: "image" | "video" | "document";
      /** Empty when neither a value nor an example is known. */
      url: string;
      source: VariableSource;
      filename?: string;
    };

export interface RenderedButton {
  kind: TemplateButton["kind"];
  text: string;
  /** The full URL with the suffix filled in. */
  url?: string;
  urlSource?: SegmentSource;
  phone?: string;
}

export interface RenderedTemplate {
  header?: RenderedHeader;
  body: Segment[];
  footer?: string;
  buttons: RenderedButton[];
}

export interface TemplateValues {
  /** Parameter name → value, as in the composer's form. */
  variables: Record<string, string | undefined>;
  filenames?: Record<string, string | undefined>;
}

/** The template as the customer would see it with these values; empty values show the example instead. */
export function renderTemplate(definition: TemplateDefinition, values: TemplateValues): RenderedTemplate {
  const fill: Fill = (name, example, placeholder) => {
    const value = values.variables[name]?.trim() ?? "";
    if (value !== "") return { text: value, source: "value", variable: name };
    if (example) return { text: example, source: "example", variable: name };
    return { text: placeholder, source: "placeholder", variable: name };
  };

  const numbers = new Map(bodyPlaceholders(definition.body.text).map(({ key, number }) => [key, number]));
  const body = substitute(definition.body.text, (key, raw) => {
    const number = numbers.get(key);
    return number === undefined ? undefined : fill(`body_${number}`, definition.body.examples[number - 1], raw);
  });

  const rendered: RenderedTemplate = {
    body,
    buttons: definition.buttons.map((button, index) => renderButton(button, index, fill)),
  };
  const header = definition.header;
  if (header?.kind === "text") {
    const key = headerPlaceholder(header.text);
    const segments = substitute(header.text, (found, raw) =>
      found === key ? fill("header_text", header.example, raw) : undefined,
    );
    rendered.header = { kind: "text", segments };
  } else if (header) {
    const name = `header_${header.kind}`;
    const { text, source } = fill(name, header.example, "");
    const filename = values.filenames?.[name]?.trim();
    rendered.header = { kind: header.kind, url: text, source, ...(filename ? { filename } : {}) };
  }
  if (definition.footer) rendered.footer = definition.footer;
  return rendered;
}

/** The plain text of segments, e.g. to measure the body as it will be sent. */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((segment) => segment.text).join("");
}

type Fill = (name: string, example: string | undefined, placeholder: string) => Segment & { source: VariableSource };

function renderButton(button: TemplateButton, index: number, fill: Fill): RenderedButton {
  const rendered: RenderedButton = { kind: button.kind, text: button.text };
  if (button.phone) rendered.phone = button.phone;
  if (button.kind !== "url" || button.url === undefined) return rendered;
  const base = dynamicUrlBase(button.url);
  if (base === undefined) return { ...rendered, url: button.url, urlSource: "template" };
  const exampleSuffix = button.example?.startsWith(base) ? button.example.slice(base.length) : button.example;
  const suffix = fill(buttonParameterName(index), exampleSuffix, button.url.slice(base.length).trim());
  return { ...rendered, url: base + suffix.text, urlSource: suffix.source };
}

/** Splits text at its placeholders; `replace` answers undefined for one it does not know, which stays as written. */
function substitute(text: string, replace: (key: string, raw: string) => Segment | undefined): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const segment = replace(match[1] ?? "", match[0]);
    if (!segment) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), source: "template" });
    segments.push(segment);
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), source: "template" });
  return segments;
}
