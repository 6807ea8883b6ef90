import { z } from "zod";
import { graphemeLength, utf8Length } from "./graphemes";
import { LIMITS, type TextCaps, textCaps } from "./limits";
import { E164_PATTERN, recipientProblem } from "./recipient";
import { CALLBACK_DATA_USER_BYTES } from "./send-key";

const count = (n: number) => n.toLocaleString("en-US");

// Line breaks and tabs are text in a body typed into a textarea; every other control character (NUL included)
// is refused: WhatsApp shows none of them, and PostgreSQL cannot even store a NUL.
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LAYOUT = /[^\P{Cc}\n\r\t]/u;
// A UTF-16 half without its other half cannot be encoded as UTF-8: it would reach Connectly as U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text breaks the character rules that hold for every field, or null. */
export function characterProblem(value: string, options: { multiline?: boolean } = {}): string | null {
  if (LONE_SURROGATE.test(value)) return "This text holds a broken character (half of an emoji); type it again.";
  if ((options.multiline ? CONTROL_BUT_LAYOUT : CONTROL).test(value)) {
    return options.multiline
      ? "This text holds an invisible control character; only line breaks and tabs may be used."
      : "This text holds a line break or an invisible control character; it must be a single line.";
  }
  return null;
}

/** Why a text is over one of its caps, or null; the cheap counts come first, so a huge paste is measured quickly. */
export function lengthProblem(value: string, caps: TextCaps): string | null {
  if (value.length > caps.utf16) {
    return `Too long: ${count(value.length)} code units (symbols and invisible marks count several each); at most ${count(caps.utf16)} fit in ${count(caps.graphemes)} characters.`;
  }
  const bytes = utf8Length(value);
  if (bytes > caps.bytes) {
    return `Too long: ${count(bytes)} bytes; at most ${count(caps.bytes)} fit in ${count(caps.graphemes)} characters.`;
  }
  const length = graphemeLength(value);
  if (length > caps.graphemes) return `Too long: ${count(length)} of ${count(caps.graphemes)} characters.`;
  return null;
}

/**
 * Grapheme-counted text with a maximum, also capped in UTF-16 units and bytes; `required` refuses blank
 * (whitespace-only) input; only `multiline` text (typed in a textarea) may hold line breaks and tabs. A single-line
 * text is measured trimmed, as every request builder sends it; a multi-line body is sent, and measured, as typed.
 */
export function limitedText(max: number, options: { required?: string; multiline?: boolean } = {}) {
  const caps = textCaps(max);
  return z.string().superRefine((value, ctx) => {
    if (value.trim() === "") {
      // Blank is refused when required, and otherwise left out of the request: its length does not matter.
      if (options.required) ctx.addIssue({ code: "custom", message: options.required });
      if (options.required || characterProblem(value, options) === null) return;
    }
    const problem = characterProblem(value, options) ?? lengthProblem(options.multiline ? value : value.trim(), caps);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

// Ids come back in webhooks and are matched by machines: besides control characters, the invisible format
// characters (zero-width spaces, direction marks) and line separators would make two ids look alike.
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
// A zero-width joiner inside an emoji sequence (a family, a profession) is part of one visible character.
const EMOJI_JOINER = /(?<=\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]?)\u200D(?=\p{Extended_Pictographic})/gu;

/** Why an identifier (button and row ids, catalog and retailer ids) is refused, or null; measured trimmed. */
export function idProblem(value: string, max: number, required: string): string | null {
  const id = value.trim();
  if (id === "") return required;
  if (LONE_SURROGATE.test(id) || NOT_PRINTABLE.test(id.replace(EMOJI_JOINER, ""))) {
    return "An ID is a single line of visible characters: remove line breaks and invisible characters.";
  }
  return lengthProblem(id, textCaps(max));
}

/** A required, single-line identifier of printable characters, measured once trimmed (the request carries it so). */
export function idField(max: number, required: string) {
  return z.string().superRefine((value, ctx) => {
    const problem = idProblem(value, max, required);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

export const recipientIdField = z.string().superRefine((value, ctx) => {
  const problem = recipientProblem(value.trim());
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const SENDER_CHOICE_MESSAGE = "Choose one of the business numbers, or none.";

export const senderIdField = z.string().refine((value) => value === "" || E164_PATTERN.test(value), {
  message: SENDER_CHOICE_MESSAGE,
});

/**
 * Why a Sender is refused given the business numbers configured on the server (CONNECTLY_SENDERS), or null.
 * The browser offers only those numbers; the server checks again, since a request can name any.
 */
export function senderChoiceProblem(senderId: string | undefined, senders: readonly string[]): string | null {
  if (!senderId || senders.length === 0) return null;
  return senders.includes(senderId) ? null : SENDER_CHOICE_MESSAGE;
}

export const campaignNameField = limitedText(LIMITS.campaignName);

// JSON.parse turns "\u0000" escapes into the characters themselves, so the parsed value is checked too.
function jsonCharacterProblem(value: unknown): string | null {
  if (typeof value === "string") return characterProblem(value, { multiline: true });
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = jsonCharacterProblem(item);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const problem = characterProblem(key, { multiline: true }) ?? jsonCharacterProblem(item);
      if (problem) return problem;
    }
  }
  return null;
}

/**
 * Why a callbackData text is refused, or null: empty is fine; otherwise any JSON value that fits in what Connectly
 * allows (1,024 bytes) beside this dashboard's send key, which rides along in the same field.
 */
export function callbackDataProblem(text: string): string | null {
  if (text.trim() === "") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : "";
    return `Not valid JSON${detail}. Strings need double quotes, e.g. "order-42" or {"orderId": 42}.`;
  }
  const characters = jsonCharacterProblem(parsed);
  if (characters) return characters;
  const bytes = utf8Length(JSON.stringify(parsed));
  if (bytes > CALLBACK_DATA_USER_BYTES) {
    return `Too large: ${count(bytes)} of ${count(CALLBACK_DATA_USER_BYTES)} bytes once serialized (Connectly takes ${count(LIMITS.callbackDataBytes)}, and this dashboard's send key uses the rest).`;
  }
  return null;
}

export const callbackDataField = z.string().superRefine((value, ctx) => {
  const problem = callbackDataProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** Parses callbackData text for the request; blank or invalid JSON is left out (the form shows why). */
export function parseCallbackData(text: string): unknown {
  if (text.trim() === "" || callbackDataProblem(text)) return undefined;
  return JSON.parse(text);
}
