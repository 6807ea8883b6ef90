import { describe, expect, it } from "vitest";
import {
  buildProductRequest,
  catalogIdWarning,
  type ProductValues,
  productDefaults,
  productMessageSchema,
} from "./product";

const EMOJI = "👨‍👩‍👧‍👦";

function values({
  text = "",
  footer = "",
  catalogId = "1234567890123456",
  retailerId = "SKU-42",
  ...rest
}: Partial<ProductValues> & {
  text?: string;
  footer?: string;
  catalogId?: string;
  retailerId?: string;
} = {}): ProductValues {
  return {
    ...productDefaults,
    recipient: { id: "+16044441111", name: "" },
    message: {
      text,
      singleProductMessage: { footer: { text: footer }, catalogId, productItem: { productRetailerId: retailerId } },
    },
    ...rest,
  };
}

function errorsOf(input: unknown): Record<string, string> {
  const result = productMessageSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

const PATH = "message.singleProductMessage";

describe("single product message schema", () => {
  it("produces every field of Connectly's singleProductMessage, in its order", () => {
    const request = productMessageSchema.parse(
      values({ senderId: "+14151111234", text: "Our *best seller*", footer: "Free returns", retailerId: "SKU-42" }),
    );
    expect(JSON.stringify(request)).toBe(
      JSON.stringify({
        sender: { id: "+14151111234", channelType: "whatsapp" },
        recipient: { id: "+16044441111", channelType: "whatsapp" },
        message: {
          text: "Our *best seller*",
          singleProductMessage: {
            footer: { text: "Free returns" },
            catalogId: "1234567890123456",
            productItem: { productRetailerId: "SKU-42" },
          },
        },
      }),
    );
  });

  it("leaves out a blank body and footer", () => {
    expect(productMessageSchema.parse(values({ text: "  \n", footer: " " })).message).toEqual({
      singleProductMessage: { catalogId: "1234567890123456", productItem: { productRetailerId: "SKU-42" } },
    });
  });

  it("trims the ids and the footer but keeps the body as typed", () => {
    const request = productMessageSchema.parse(
      values({ text: "  indented", footer: " Thanks ", catalogId: " 987 ", retailerId: "\tSKU-1 " }),
    );
    expect(request.message).toEqual({
      text: "  indented",
      singleProductMessage: {
        footer: { text: "Thanks" },
        catalogId: "987",
        productItem: { productRetailerId: "SKU-1" },
      },
    });
  });

  it("requires the catalog ID and the product retailer ID", () => {
    const errors = errorsOf(values({ catalogId: " ", retailerId: "" }));
    expect(errors[`${PATH}.catalogId`]).toBe("Enter the catalog ID.");
    expect(errors[`${PATH}.productItem.productRetailerId`]).toBe("Enter the product retailer ID.");
  });

  it("refuses an id that spans lines", () => {
    expect(errorsOf(values({ retailerId: "SKU\n42" }))[`${PATH}.productItem.productRetailerId`]).toMatch(/single line/);
  });

  it("accepts a 1,024-character body and refuses 1,025, counting graphemes", () => {
    expect(errorsOf(values({ text: EMOJI.repeat(1024) }))).toEqual({});
    expect(errorsOf(values({ text: EMOJI.repeat(1025) }))["message.text"]).toMatch(/1,025 of 1,024/);
  });

  it("accepts a 60-character footer and refuses 61", () => {
    expect(errorsOf(values({ footer: EMOJI.repeat(60) }))).toEqual({});
    expect(errorsOf(values({ footer: EMOJI.repeat(61) }))[`${PATH}.footer.text`]).toMatch(/61 of 60/);
  });

  it("accepts 100-character ids and refuses 101", () => {
    expect(errorsOf(values({ catalogId: "1".repeat(100), retailerId: EMOJI.repeat(100) }))).toEqual({});
    const errors = errorsOf(values({ catalogId: "1".repeat(101), retailerId: EMOJI.repeat(101) }));
    expect(errors[`${PATH}.catalogId`]).toMatch(/101 of 100/);
    expect(errors[`${PATH}.productItem.productRetailerId`]).toMatch(/101 of 100/);
  });

  it("builds a request from half-typed values without throwing", () => {
    const partial = { ...productDefaults, message: { text: "Hi" } } as unknown as ProductValues;
    expect(buildProductRequest(partial).message).toEqual({
      text: "Hi",
      singleProductMessage: { catalogId: "", productItem: { productRetailerId: "" } },
    });
  });
});

describe("catalogIdWarning", () => {
  it("warns about a catalog ID that is not all digits, but not about a blank or numeric one", () => {
    expect(catalogIdWarning("Summer catalog")).toMatch(/all digits/);
    expect(catalogIdWarning(" 1234567890 ")).toBeNull();
    expect(catalogIdWarning("")).toBeNull();
  });

  it("does not refuse such an id", () => {
    expect(errorsOf(values({ catalogId: "cat_abc" }))).toEqual({});
  });
});
