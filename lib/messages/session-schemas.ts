import type { z } from "zod";
import { audioMessageSchema, documentMessageSchema, imageMessageSchema, videoMessageSchema } from "./attachment";
import { buttonsMessageSchema } from "./buttons";
import { listMessageSchema } from "./list";
import { locationMessageSchema } from "./location";
import { productMessageSchema } from "./product";
import { productsMessageSchema } from "./products";
import type { MessageType, SessionMessageRequest } from "./request";
import { textMessageSchema } from "./text";

/**
 * The schema for each composer, keyed by route type. The server action looks the schema up here and parses the
 * browser's values again: the output is the exact request sent to Connectly.
 */
export const sessionMessageSchemas: Record<MessageType, z.ZodType<SessionMessageRequest, unknown>> = {
  text: textMessageSchema,
  image: imageMessageSchema,
  video: videoMessageSchema,
  audio: audioMessageSchema,
  document: documentMessageSchema,
  location: locationMessageSchema,
  list: listMessageSchema,
  buttons: buttonsMessageSchema,
  product: productMessageSchema,
  products: productsMessageSchema,
};
