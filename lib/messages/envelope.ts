import { z } from "zod";
import {
  callbackDataField,
  campaignNameField,
  limitedText,
  parseCallbackData,
  recipientIdField,
  senderIdField,
} from "./fields";
import { LIMITS } from "./limits";
import { asRecord, stringOr, type UnknownRecord } from "./read-request";
import type { JsonValue, SessionMessageContent, SessionMessageRequest } from "./request";

/**
 * The parts every session composer shares: who receives it, which business number sends it, and the options.
 * Switching message type keeps these values.
 */
export const envelopeShape = {
  recipient: z.object({
    id: recipientIdField,
    name: limitedText(LIMITS.recipientName),
  }),
  senderId: senderIdField,
  campaignName: campaignNameField,
  callbackData: callbackDataField,
};

export type EnvelopeValues = z.input<z.ZodObject<typeof envelopeShape>>;

export const emptyEnvelope: EnvelopeValues = {
  recipient: { id: "", name: "" },
  senderId: "",
  campaignName: "",
  callbackData: "",
};

/** Trims and drops blanks so the request holds exactly what Connectly should see. */
export function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Wraps message content in the envelope. Pure and tolerant of half-typed input, because the live preview and the
 * JSON panel render the request on every keystroke, valid or not.
 */
export function buildRequest(values: EnvelopeValues, message: SessionMessageContent): SessionMessageRequest {
  const request: SessionMessageRequest = {
    recipient: { id: values.recipient.id.trim(), channelType: "whatsapp" },
    message,
  };
  const name = optional(values.recipient.name);
  if (name) request.recipient.name = name;
  if (values.senderId) request.sender = { id: values.senderId, channelType: "whatsapp" };
  const callbackData = parseCallbackData(values.callbackData);
  if (callbackData !== undefined) request.callbackData = callbackData as JsonValue;
  const campaignName = optional(values.campaignName);
  if (campaignName) request.campaignName = campaignName;
  // Connectly's examples put sender first; keeping that order makes "Copy JSON" read like the docs.
  const { sender, ...rest } = request;
  return sender ? { sender, ...rest } : rest;
}

function callbackDataText(value: unknown): string {
  if (value === undefined) return emptyEnvelope.callbackData;
  try {
    // Pretty-printed because the person edits it in a textarea; parsing gives back the same value.
    return JSON.stringify(value, null, 2) ?? emptyEnvelope.callbackData;
  } catch {
    // Cycles and BigInts cannot come from stored JSON, but the input is unknown.
    return emptyEnvelope.callbackData;
  }
}

/** The reverse of buildRequest: the envelope's values from a stored request. */
export function readEnvelope(request: UnknownRecord): EnvelopeValues {
  const recipient = asRecord(request.recipient);
  return {
    recipient: {
      id: stringOr(recipient.id, emptyEnvelope.recipient.id),
      name: stringOr(recipient.name, emptyEnvelope.recipient.name),
    },
    senderId: stringOr(asRecord(request.sender).id, emptyEnvelope.senderId),
    campaignName: stringOr(request.campaignName, emptyEnvelope.campaignName),
    callbackData: callbackDataText(request.callbackData),
  };
}
