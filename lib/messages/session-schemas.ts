import type { z } from "zod";
import type { MessageType, SessionMessageRequest } from "./request";
import { textMessageSchema } from "./text";

/**
 * The schema for each composer, keyed by route type. The server action looks the schema up here and parses the
 * browser's values again: the output is the exact request sent to Connectly.
 */
export const sessionMessageSchemas: Partial<Record<MessageType, z.ZodType<SessionMessageRequest, unknown>>> = {
  text: textMessageSchema,
};
