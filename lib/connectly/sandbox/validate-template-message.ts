import type { Rejection } from "./error-body";
import type {
  ConnectlyTemplate,
  ConnectlyTemplateCardComponent,
  ConnectlyTemplateComponent,
  ConnectlyTemplateGroup,
} from "./templates";
import {
  attempt,
  BSUID,
  checkCallbackData,
  E164,
  isHttpUrl,
  isObject,
  isPhoneNumber,
  isSet,
  malformed,
  reject,
} from "./validation";
import { templateParameterProblem } from "./whatsapp-rules";

export type TemplateVerdict =
  | { ok: true; recipientId: string; senderId?: string }
  | { ok: false; rejection: Rejection };

// Connectly's docs call language optional and say the default is `en` [C: send-template-message page].
const DEFAULT_LANGUAGE = "en";
const BODY_MAX = 1024;
const CARD_BODY_MAX = 160;
const HEADER_TEXT_MAX = 60;
// A carousel card's parameters carry a card_N_ prefix (see templates.ts); N is 1 to 10, WhatsApp's card limit.
const PARAMETER_NAME =
  /^(?:card_(?:[1-9]|10)_)?(?:header_(?:text|image|video|document)|body_(?:[1-9]|1[0-5])|button_[1-9]\d*_url)$/;
const VARIABLE = /\{\{\s*(\d+)\s*\}\}/g;
const PREFIXED_BSUID = /^bsuid:([A-Z]{2}\.[A-Za-z0-9]+)$/;

type ParameterKind = "text" | "media";

interface Parameter {
  name: string;
  value: string;
}

/**
 * Checks a template send the way Connectly and WhatsApp would, against the business's templates: the
 * (name, language) pair must exist and be approved, and the parameters must be exactly the ones the
 * template takes. A pending or rejected template answers ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND: WhatsApp
 * reports an unapproved translation as one that does not exist (Meta error 132001), and Connectly has no
 * code of its own for it [I].
 */
export function validateTemplateMessage(body: unknown, groups: readonly ConnectlyTemplateGroup[]): TemplateVerdict {
  const outcome = attempt(() => {
    if (!isObject(body)) malformed("request body must be a JSON object");
    checkCallbackData(body.callbackData);
    const recipientId = checkNumber(body.number);
    const senderId = checkSender(body.sender);
    if (isSet(body.campaignName) && typeof body.campaignName !== "string") {
      malformed("campaignName must be a string", "campaignName");
    }
    const { label, template } = findApproved(groups, body.templateName, body.language);
    checkParameters(label, template, body.parameters);
    return { recipientId, senderId };
  });
  if (!outcome.ok) return outcome;
  const { recipientId, senderId } = outcome.value;
  return senderId === undefined ? { ok: true, recipientId } : { ok: true, recipientId, senderId };
}

/** A prefixed BSUID (`bsuid:US.…`) comes back bare, as it is written everywhere else. */
export function bareRecipientId(number: string): string {
  return PREFIXED_BSUID.exec(number)?.[1] ?? number;
}

function checkNumber(number: unknown): string {
  const ok = typeof number === "string" && (isPhoneNumber(number) || PREFIXED_BSUID.test(number));
  if (!ok) {
    const bare = typeof number === "string" && BSUID.test(number);
    reject(
      "ERROR_CODE_PHONE_NUMBER_BAD_FORMAT",
      bare
        ? `number ${JSON.stringify(number)} is a BSUID: write it as bsuid:${number}`
        : `number must be an E.164 phone number or a bsuid:-prefixed BSUID, got ${JSON.stringify(number ?? null)}`,
      "number",
    );
  }
  return number;
}

function checkSender(sender: unknown): string | undefined {
  if (!isSet(sender)) return undefined;
  if (typeof sender !== "string" || !E164.test(sender)) {
    reject("ERROR_CODE_INVALID_SENDER_ID", "sender must be an E.164 phone number written as a plain string", "sender");
  }
  return sender;
}

function findApproved(
  groups: readonly ConnectlyTemplateGroup[],
  name: unknown,
  language: unknown,
): { label: string; template: ConnectlyTemplate } {
  if (typeof name !== "string" || name === "") {
    reject("ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND", "templateName is required", "templateName");
  }
  if (isSet(language) && (typeof language !== "string" || language === "")) {
    malformed("language must be a locale code such as en or pt_BR", "language");
  }
  const code = typeof language === "string" ? language : DEFAULT_LANGUAGE;
  const group = groups.find((candidate) => candidate.name === name);
  if (!group) reject("ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND", `template ${name} not found`, "templateName");
  const template = group.templates.find((candidate) => candidate.language.code === code);
  if (!template) {
    const codes = group.templates.map((candidate) => candidate.language.code).join(", ");
    reject(
      "ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND",
      `template ${name} has no ${code} translation (it has ${codes})`,
      "language",
    );
  }
  const label = `template ${name} (${code})`;
  if (template.status === "MESSAGE_TEMPLATE_STATUS_PENDING") {
    reject(
      "ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND",
      `${label} is still pending review; only approved templates can be sent`,
      "templateName",
    );
  }
  if (template.status === "MESSAGE_TEMPLATE_STATUS_REJECTED") {
    reject(
      "ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND",
      `${label} was rejected (${template.rejectionReason ?? "no reason given"}); only approved templates can be sent`,
      "templateName",
    );
  }
  return { label, template };
}

function inputInvalid(message: string, field: string): never {
  return reject("ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID", message, field);
}

function checkParameters(label: string, template: ConnectlyTemplate, parameters: unknown): void {
  const given = readParameters(parameters);
  const expected = expectedParameters(template.templateComponents);
  const takes = expected.size === 0 ? "it takes none" : `it takes ${[...expected.keys()].join(", ")}`;
  given.forEach(({ name }, i) => {
    if (!expected.has(name)) inputInvalid(`${label} takes no parameter ${name}; ${takes}`, `parameters[${i}].name`);
  });
  const values = new Map(given.map(({ name, value }) => [name, value]));
  for (const [name, kind] of expected) {
    const value = values.get(name);
    if (value === undefined) inputInvalid(`parameter ${name} is missing: ${label} needs it (${takes})`, "parameters");
    if (value.trim() === "") inputInvalid(`parameter ${name} is empty`, "parameters");
    const problem = kind === "text" ? templateParameterProblem(value) : undefined;
    if (problem) inputInvalid(`parameter ${name} ${problem}`, "parameters");
    if (name.startsWith("button_") && /\s/.test(value))
      inputInvalid(`parameter ${name}: a link has no spaces`, "parameters");
    if (kind === "media" && !isHttpUrl(value)) {
      inputInvalid(`parameter ${name} must be the http(s) URL of the header media`, "parameters");
    }
  }
  for (const component of template.templateComponents) {
    if ("body" in component) checkBodyLength(component.body.text.text, "", BODY_MAX, "the body", values);
    if ("header" in component && "text" in component.header) {
      const length = characters(fill(component.header.text.text, "header_text", values));
      if (length > HEADER_TEXT_MAX) {
        inputInvalid(
          `the header is ${length} characters once its variable is filled in, over the ${HEADER_TEXT_MAX} allowed`,
          "parameters",
        );
      }
    }
    if ("carousel" in component) {
      component.carousel.cards.forEach((card, i) => {
        for (const part of card.components) {
          if ("body" in part) {
            checkBodyLength(part.body.text.text, cardPrefix(i), CARD_BODY_MAX, `card ${i + 1}'s body`, values);
          }
        }
      });
    }
  }
}

function checkBodyLength(text: string, prefix: string, max: number, what: string, values: Map<string, string>) {
  const length = characters(fill(text, `${prefix}body_`, values));
  if (length > max) {
    inputInvalid(
      `${what} is ${length} characters once its variables are filled in, over the ${max} allowed`,
      "parameters",
    );
  }
}

function cardPrefix(index: number): string {
  return `card_${index + 1}_`;
}

function readParameters(parameters: unknown): Parameter[] {
  if (!isSet(parameters)) return [];
  if (!Array.isArray(parameters)) inputInvalid("parameters must be a list of {name, value}", "parameters");
  const seen = new Set<string>();
  return parameters.map((item: unknown, i) => {
    const field = `parameters[${i}]`;
    if (!isObject(item)) inputInvalid(`${field} must be an object {name, value}`, field);
    const { name, value } = item;
    if (typeof name !== "string" || !PARAMETER_NAME.test(name)) {
      inputInvalid(
        `unknown parameter ${JSON.stringify(name ?? null)}: names are header_text, header_image, header_video, ` +
          "header_document, body_1 to body_15 and button_N_url, each prefixed card_N_ for a carousel card",
        `${field}.name`,
      );
    }
    if (seen.has(name)) inputInvalid(`parameter ${name} is given twice`, `${field}.name`);
    seen.add(name);
    if (typeof value !== "string") inputInvalid(`parameter ${name} needs a string value`, `${field}.value`);
    if (isSet(item.filename) && typeof item.filename !== "string") {
      inputInvalid(`parameter ${name}: filename must be a string`, `${field}.filename`);
    }
    return { name, value };
  });
}

/** The parameters a template takes, in the order a person fills them in. */
function expectedParameters(components: ConnectlyTemplateComponent[]): Map<string, ParameterKind> {
  const expected = new Map<string, ParameterKind>();
  for (const component of components) {
    if ("carousel" in component) {
      component.carousel.cards.forEach((card, i) => {
        expectParts(card.components, cardPrefix(i), expected);
      });
    } else {
      expectParts([component], "", expected);
    }
  }
  return expected;
}

function expectParts(
  components: (ConnectlyTemplateComponent | ConnectlyTemplateCardComponent)[],
  prefix: string,
  expected: Map<string, ParameterKind>,
): void {
  for (const component of components) {
    if ("header" in component) {
      const { header } = component;
      if ("media" in header) {
        expected.set(`${prefix}header_${header.media.type.replace("TYPE_", "").toLowerCase()}`, "media");
      } else if (variablesOf(header.text.text).length > 0) {
        expected.set(`${prefix}header_text`, "text");
      }
    }
    if ("body" in component) {
      for (const n of variablesOf(component.body.text.text)) expected.set(`${prefix}body_${n}`, "text");
    }
    if ("buttons" in component) {
      component.buttons.buttons.forEach((button, i) => {
        if ("url" in button && variablesOf(button.url.url).length > 0) {
          expected.set(`${prefix}button_${i + 1}_url`, "text");
        }
      });
    }
  }
}

function variablesOf(text: string): number[] {
  const numbers = [...text.matchAll(VARIABLE)].map((match) => Number(match[1]));
  return [...new Set(numbers)].sort((a, b) => a - b);
}

// The header has one variable at most, which header_text fills whatever its number; a body's {{N}} is body_N.
function fill(text: string, name: `${string}body_` | "header_text", values: Map<string, string>): string {
  const nameOf = (n: string) => (name === "header_text" ? name : `${name}${n}`);
  return text.replace(VARIABLE, (whole, n: string) => values.get(nameOf(n)) ?? whole);
}

// WhatsApp counts what a person sees as one character, so an emoji made of several code points is one.
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function characters(text: string): number {
  return [...GRAPHEMES.segment(text)].length;
}
