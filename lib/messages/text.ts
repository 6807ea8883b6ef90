import { z } from "zod";
import type { MessageDescriptor } from "./descriptor";
import { buildRequest, emptyEnvelope, envelopeShape, readEnvelope } from "./envelope";
import { limitedText } from "./fields";
import { LIMITS } from "./limits";
import { asRecord, stringOr } from "./read-request";
import type { SessionMessageRequest } from "./request";

const textShape = z.object({
  ...envelopeShape,
  message: z.object({
    text: limitedText(LIMITS.text.body, { required: "Write the message text." }),
  }),
});

export type TextValues = z.input<typeof textShape>;

export const textDefaults: TextValues = { ...emptyEnvelope, message: { text: "" } };

export function buildTextRequest(values: TextValues): SessionMessageRequest {
  // WhatsApp keeps the body as typed, leading spaces and blank lines included; only the blank check trims.
  return buildRequest(values, { text: values.message.text });
}

function readTextValues(request: unknown): TextValues {
  const sent = asRecord(request);
  const message = asRecord(sent.message);
  return { ...readEnvelope(sent), message: { text: stringOr(message.text, textDefaults.message.text) } };
}

export const textMessageSchema = textShape.transform(buildTextRequest);

export const textMessage: MessageDescriptor<TextValues> = {
  label: "Text",
  heading: "a text message",
  defaults: textDefaults,
  schema: textMessageSchema,
  build: buildTextRequest,
  read: readTextValues,
};
