import { z } from "zod";
import type { MessageDescriptor } from "./descriptor";
import { buildRequest, emptyEnvelope, envelopeShape, optional, readEnvelope } from "./envelope";
import { limitedText } from "./fields";
import { LIMITS } from "./limits";
import { catalogIdField, PRODUCT_ID_LIMITS, productIdField } from "./product";
import { asRecord, itemsOr, stringOr, type UnknownRecord } from "./read-request";
import type { MultiProductMessage, SessionMessageRequest } from "./request";

export const emptyProductsSection: ProductsSectionValues = { title: "", productItems: [{ productRetailerId: "" }] };

export const productsDefaults: ProductsValues = {
  ...emptyEnvelope,
  message: {
    text: "",
    multiProductMessage: {
      header: { text: "" },
      footer: { text: "" },
      catalogId: "",
      sections: [emptyProductsSection],
    },
  },
};

/** How many products the sections hold together: WhatsApp's cap of 30 is across the whole message. */
export function countProducts(sections: readonly { productItems?: readonly unknown[] }[] | undefined): number {
  return (sections ?? []).reduce((total, section) => total + (section.productItems?.length ?? 0), 0);
}

export function buildProductsRequest(values: ProductsValues): SessionMessageRequest {
  const message = values.message ?? productsDefaults.message;
  const products = message.multiProductMessage ?? productsDefaults.message.multiProductMessage;
  const footer = optional(products.footer?.text);
  const multiProductMessage: MultiProductMessage = {
    header: { text: (products.header?.text ?? "").trim() },
    ...(footer ? { footer: { text: footer } } : {}),
    catalogId: (products.catalogId ?? "").trim(),
    sections: (products.sections ?? []).map((section) => ({
      title: (section?.title ?? "").trim(),
      productItems: (section?.productItems ?? []).map((item) => ({
        productRetailerId: (item?.productRetailerId ?? "").trim(),
      })),
    })),
  };
  // Required here, unlike the single product; kept as typed, as WhatsApp shows it.
  return buildRequest(values, { text: message.text ?? "", multiProductMessage });
}

const retailerIdField = productIdField(PRODUCT_ID_LIMITS.retailerId, "Enter the product retailer ID.");

const sectionSchema = z.object({
  title: limitedText(LIMITS.products.sectionTitle, { required: "Give the section a title." }),
  productItems: z
    .array(z.object({ productRetailerId: retailerIdField }))
    .min(1, { message: "Add at least one product to this section." }),
});

const multiProductSchema = z
  .object({
    header: z.object({ text: limitedText(LIMITS.products.header, { required: "Write the header text." }) }),
    footer: z.object({ text: limitedText(LIMITS.products.footer) }),
    catalogId: catalogIdField,
    sections: z.array(sectionSchema).min(1, { message: "Add at least one section." }),
  })
  .superRefine((products, ctx) => {
    const max = LIMITS.products.sections;
    products.sections.slice(max).forEach((_, extra) => {
      ctx.addIssue({
        code: "custom",
        path: ["sections", max + extra],
        message: `Too many sections: a message holds at most ${max}.`,
      });
    });
    // Each refusal sits on the offending product, so the form shows it beside the input that caused it.
    const seen = new Map<string, string>();
    let position = 0;
    products.sections.forEach((section, s) => {
      section.productItems.forEach((item, p) => {
        position += 1;
        const path = ["sections", s, "productItems", p, "productRetailerId"];
        if (position > LIMITS.products.productsTotal) {
          ctx.addIssue({
            code: "custom",
            path,
            message: `Too many products: a message holds at most ${LIMITS.products.productsTotal} in total.`,
          });
          return;
        }
        const id = item.productRetailerId.trim();
        if (id === "") return;
        const first = seen.get(id);
        if (first) {
          ctx.addIssue({ code: "custom", path, message: `Already in the message as ${first}.` });
          return;
        }
        seen.set(id, `product ${p + 1} of section ${s + 1}`);
      });
    });
  });

const productsShape = z.object({
  ...envelopeShape,
  message: z.object({
    text: limitedText(LIMITS.products.body, { required: "Write the message text." }),
    multiProductMessage: multiProductSchema,
  }),
});

export type ProductsSectionValues = z.input<typeof sectionSchema>;
export type ProductsValues = z.input<typeof productsShape>;

function readProductItem(item: UnknownRecord): { productRetailerId: string } {
  return { productRetailerId: stringOr(item.productRetailerId, "") };
}

function readProductsSection(section: UnknownRecord): ProductsSectionValues {
  return {
    title: stringOr(section.title, emptyProductsSection.title),
    productItems: itemsOr(section.productItems, readProductItem, emptyProductsSection.productItems),
  };
}

function readProductsValues(request: unknown): ProductsValues {
  const sent = asRecord(request);
  const defaults = productsDefaults.message;
  const message = asRecord(sent.message);
  const products = asRecord(message.multiProductMessage);
  return {
    ...readEnvelope(sent),
    message: {
      text: stringOr(message.text, defaults.text),
      multiProductMessage: {
        header: { text: stringOr(asRecord(products.header).text, defaults.multiProductMessage.header.text) },
        footer: { text: stringOr(asRecord(products.footer).text, defaults.multiProductMessage.footer.text) },
        catalogId: stringOr(products.catalogId, defaults.multiProductMessage.catalogId),
        sections: itemsOr(products.sections, readProductsSection, defaults.multiProductMessage.sections),
      },
    },
  };
}

export const productsMessageSchema = productsShape.transform(buildProductsRequest);

export const productsMessage: MessageDescriptor<ProductsValues> = {
  label: "Products",
  heading: "a multi-product message",
  defaults: productsDefaults,
  schema: productsMessageSchema,
  build: buildProductsRequest,
  read: readProductsValues,
};
