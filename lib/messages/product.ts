import { z } from "zod";
import type { MessageDescriptor } from "./descriptor";
import { buildRequest, emptyEnvelope, envelopeShape, optional, readEnvelope } from "./envelope";
import { limitedText } from "./fields";
import { graphemeLength } from "./graphemes";
import { LIMITS } from "./limits";
import { asRecord, stringOr } from "./read-request";
import type { SessionMessageContent, SessionMessageRequest, SingleProductMessage } from "./request";

/**
 * Catalog and retailer ids have no limit in WhatsApp's message docs; Meta's catalog caps a retailer id (content id)
 * at 100 characters, and catalog ids are 15-20 digits. Generous caps keep pasted paragraphs out without refusing
 * real ids.
 */
export const PRODUCT_ID_LIMITS = {
  catalogId: LIMITS.product.catalogId,
  retailerId: LIMITS.product.retailerId,
} as const;

/** A required, single-line identifier, measured once trimmed (the request carries it trimmed). */
export function productIdField(max: number, required: string) {
  return z.string().superRefine((value, ctx) => {
    const id = value.trim();
    if (id === "") {
      ctx.addIssue({ code: "custom", message: required });
      return;
    }
    if (/[\r\n]/.test(id)) {
      ctx.addIssue({ code: "custom", message: "An id is a single line." });
      return;
    }
    const length = graphemeLength(id);
    if (length > max) {
      ctx.addIssue({
        code: "custom",
        message: `Too long: ${length.toLocaleString("en-US")} of ${max.toLocaleString("en-US")} characters.`,
      });
    }
  });
}

export const catalogIdField = productIdField(PRODUCT_ID_LIMITS.catalogId, "Enter the catalog ID.");

/** A warning, not a refusal: Meta's catalog ids are all digits, but Connectly may map its own ids. */
export function catalogIdWarning(value: string): string | null {
  const id = value.trim();
  if (id === "" || /^\d+$/.test(id)) return null;
  return "Meta catalog IDs are all digits (e.g. 1234567890123456): check this is the ID, not the catalog's name.";
}

const productShape = z.object({
  ...envelopeShape,
  message: z.object({
    text: limitedText(LIMITS.product.body),
    singleProductMessage: z.object({
      footer: z.object({ text: limitedText(LIMITS.product.footer) }),
      catalogId: catalogIdField,
      productItem: z.object({
        productRetailerId: productIdField(PRODUCT_ID_LIMITS.retailerId, "Enter the product retailer ID."),
      }),
    }),
  }),
});

export type ProductValues = z.input<typeof productShape>;

export const productDefaults: ProductValues = {
  ...emptyEnvelope,
  message: {
    text: "",
    singleProductMessage: { footer: { text: "" }, catalogId: "", productItem: { productRetailerId: "" } },
  },
};

export function buildProductRequest(values: ProductValues): SessionMessageRequest {
  const message = values.message ?? productDefaults.message;
  const product = message.singleProductMessage ?? productDefaults.message.singleProductMessage;
  const singleProductMessage: SingleProductMessage = {
    catalogId: (product.catalogId ?? "").trim(),
    productItem: { productRetailerId: (product.productItem?.productRetailerId ?? "").trim() },
  };
  const footer = optional(product.footer?.text);
  const content: SessionMessageContent = {};
  // The body is optional here; when given, WhatsApp keeps it as typed, like a text message.
  const text = message.text ?? "";
  if (text.trim() !== "") content.text = text;
  content.singleProductMessage = footer ? { footer: { text: footer }, ...singleProductMessage } : singleProductMessage;
  return buildRequest(values, content);
}

function readProductValues(request: unknown): ProductValues {
  const sent = asRecord(request);
  const defaults = productDefaults.message;
  const message = asRecord(sent.message);
  const product = asRecord(message.singleProductMessage);
  return {
    ...readEnvelope(sent),
    message: {
      text: stringOr(message.text, defaults.text),
      singleProductMessage: {
        footer: { text: stringOr(asRecord(product.footer).text, defaults.singleProductMessage.footer.text) },
        catalogId: stringOr(product.catalogId, defaults.singleProductMessage.catalogId),
        productItem: {
          productRetailerId: stringOr(
            asRecord(product.productItem).productRetailerId,
            defaults.singleProductMessage.productItem.productRetailerId,
          ),
        },
      },
    },
  };
}

export const productMessageSchema = productShape.transform(buildProductRequest);

export const productMessage: MessageDescriptor<ProductValues> = {
  label: "Product",
  heading: "a product message",
  defaults: productDefaults,
  schema: productMessageSchema,
  build: buildProductRequest,
  read: readProductValues,
};
