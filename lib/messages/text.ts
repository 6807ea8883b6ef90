import { z } from "zod";
import { buildRequest, type EnvelopeValues, emptyEnvelope, envelopeShape } from "./envelope";
import { limitedText } from "./fields";
import { LIMITS } from "./limits";
import type { SessionMessageRequest } from "./request";

export interface TextValues extends EnvelopeValues {
  message: { text: string };
}

export const textDefaults: TextValues = { ...emptyEnvelope, message: { text: "" } };

export function buildTextRequest(values: TextValues): SessionMessageRequest {
  // WhatsApp keeps the body as typed, leading spaces and blank lines included; only the blank check trims.
  return buildRequest(values, { text: values.message.text });
}

export const textMessageSchema = z
  .object({
    ...envelopeShape,
    message: z.object({
      text: limitedText(LIMITS.text.body, { required: "Write the message text.", multiline: true }),
    }),
  })
  .transform((values) => buildTextRequest(values));
