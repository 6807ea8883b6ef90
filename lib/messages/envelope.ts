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

export interface EnvelopeValues {
  recipient: { id: string; name: string };
  senderId: string;
  campaignName: string;
  callbackData: string;
}

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
