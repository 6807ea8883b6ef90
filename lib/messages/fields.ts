import { z } from "zod";
import { graphemeLength, utf8Length } from "./graphemes";
import { LIMITS } from "./limits";
import { E164_PATTERN, recipientProblem } from "./recipient";

/** Grapheme-counted text with a maximum; `required` refuses blank (whitespace-only) input. */
export function limitedText(max: number, options: { required?: string } = {}) {
  return z.string().superRefine((value, ctx) => {
    if (options.required && value.trim() === "") {
      ctx.addIssue({ code: "custom", message: options.required });
      return;
    }
    const length = graphemeLength(value);
    if (length > max) {
      ctx.addIssue({
        code: "custom",
        message: `Too long: ${length.toLocaleString("en-US")} of ${max.toLocaleString("en-US")} characters.`,
      });
    }
  });
}

export const recipientIdField = z.string().superRefine((value, ctx) => {
  const problem = recipientProblem(value.trim());
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const senderIdField = z.string().refine((value) => value === "" || E164_PATTERN.test(value), {
  message: "Choose one of the business numbers, or none.",
});

export const campaignNameField = limitedText(LIMITS.campaignName).refine((v) => !/[\r\n]/.test(v), {
  message: "A campaign name is a single line.",
});

/** Why a callbackData text is refused, or null: empty is fine; otherwise any JSON value up to 1024 bytes. */
export function callbackDataProblem(text: string): string | null {
  if (text.trim() === "") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : "";
    return `Not valid JSON${detail}. Strings need double quotes, e.g. "order-42" or {"orderId": 42}.`;
  }
  const bytes = utf8Length(JSON.stringify(parsed));
  if (bytes > LIMITS.callbackDataBytes) {
    return `Too large: ${bytes.toLocaleString("en-US")} of ${LIMITS.callbackDataBytes.toLocaleString("en-US")} bytes once serialized.`;
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
