import { describe, expect, it } from "vitest";
import {
  buildProductsRequest,
  countProducts,
  type ProductsSectionValues,
  type ProductsValues,
  productsDefaults,
  productsMessageSchema,
} from "./products";

const EMOJI = "👨‍👩‍👧‍👦";
const PATH = "message.multiProductMessage";

function section(title: string, ...ids: string[]): ProductsSectionValues {
  return { title, productItems: ids.map((productRetailerId) => ({ productRetailerId })) };
}

/** `count` products named p1, p2, … spread over sections of at most `perSection`. */
function sectionsWith(count: number, perSection = 10): ProductsSectionValues[] {
  const ids = Array.from({ length: count }, (_, i) => `p${i + 1}`);
  const sections: ProductsSectionValues[] = [];
  for (let i = 0; i < ids.length; i += perSection)
    sections.push(section(`S${sections.length + 1}`, ...ids.slice(i, i + perSection)));
  return sections;
}

function values({
  text = "Picked for you",
  header = "Our picks",
  footer = "",
  catalogId = "1234567890123456",
  sections = [section("Shoes", "SKU-1", "SKU-2")],
  ...rest
}: Partial<ProductsValues> & {
  text?: string;
  header?: string;
  footer?: string;
  catalogId?: string;
  sections?: ProductsSectionValues[];
} = {}): ProductsValues {
  return {
    ...productsDefaults,
    recipient: { id: "+16044441111", name: "" },
    message: { text, multiProductMessage: { header: { text: header }, footer: { text: footer }, catalogId, sections } },
    ...rest,
  };
}

function errorsOf(input: unknown): Record<string, string> {
  const result = productsMessageSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("multi-product message schema", () => {
  it("produces every field of Connectly's multiProductMessage, in its order", () => {
    const request = productsMessageSchema.parse(
      values({
        footer: "Prices include VAT",
        sections: [section("Shoes", "SKU-1", "SKU-2"), section("Bags", "SKU-9")],
      }),
    );
    expect(JSON.stringify(request)).toBe(
      JSON.stringify({
        recipient: { id: "+16044441111", channelType: "whatsapp" },
        message: {
          text: "Picked for you",
          multiProductMessage: {
            header: { text: "Our picks" },
            footer: { text: "Prices include VAT" },
            catalogId: "1234567890123456",
            sections: [
              { title: "Shoes", productItems: [{ productRetailerId: "SKU-1" }, { productRetailerId: "SKU-2" }] },
              { title: "Bags", productItems: [{ productRetailerId: "SKU-9" }] },
            ],
          },
        },
      }),
    );
  });

  it("leaves out a blank footer and trims header, title and ids", () => {
    const request = productsMessageSchema.parse(
      values({ header: " Our picks ", footer: "  ", catalogId: " 42 ", sections: [section(" Shoes ", " SKU-1 ")] }),
    );
    expect(request.message.multiProductMessage).toEqual({
      header: { text: "Our picks" },
      catalogId: "42",
      sections: [{ title: "Shoes", productItems: [{ productRetailerId: "SKU-1" }] }],
    });
  });

  it("requires the header, the message text, the catalog ID, section titles and retailer ids", () => {
    const errors = errorsOf(values({ header: " ", text: "", catalogId: "", sections: [section("", " ")] }));
    expect(errors).toEqual({
      "message.text": "Write the message text.",
      [`${PATH}.header.text`]: "Write the header text.",
      [`${PATH}.catalogId`]: "Enter the catalog ID.",
      [`${PATH}.sections.0.title`]: "Give the section a title.",
      [`${PATH}.sections.0.productItems.0.productRetailerId`]: "Enter the product retailer ID.",
    });
  });

  it("requires at least one section and at least one product in each", () => {
    expect(errorsOf(values({ sections: [] }))[`${PATH}.sections`]).toMatch(/at least one section/);
    expect(
      errorsOf(values({ sections: [section("A", "x"), section("B")] }))[`${PATH}.sections.1.productItems`],
    ).toMatch(/at least one product/);
  });

  it("accepts ten sections and rejects an eleventh section", () => {
    expect(errorsOf(values({ sections: sectionsWith(10, 1) }))).toEqual({});
    expect(errorsOf(values({ sections: sectionsWith(11, 1) }))).toEqual({
      [`${PATH}.sections.10`]: "Too many sections: a message holds at most 10.",
    });
  });

  it("accepts thirty products across sections and rejects a thirty-first product across sections", () => {
    expect(errorsOf(values({ sections: sectionsWith(30, 8) }))).toEqual({});
    // 8 + 8 + 8 + 7: the thirty-first is the last product of the fourth section.
    expect(errorsOf(values({ sections: sectionsWith(31, 8) }))).toEqual({
      [`${PATH}.sections.3.productItems.6.productRetailerId`]:
        "Too many products: a message holds at most 30 in total.",
    });
  });

  it("refuses a duplicate retailer id at the duplicate, across sections and after trimming", () => {
    const errors = errorsOf(values({ sections: [section("A", "SKU-1", "SKU-2"), section("B", "SKU-3", " SKU-2")] }));
    expect(errors).toEqual({
      [`${PATH}.sections.1.productItems.1.productRetailerId`]: "Already in the message as product 2 of section 1.",
    });
  });

  it("treats retailer ids that differ only in case as different products", () => {
    expect(errorsOf(values({ sections: [section("A", "sku-1", "SKU-1")] }))).toEqual({});
  });

  it("accepts a 60-character header and refuses 61, counting graphemes", () => {
    expect(errorsOf(values({ header: EMOJI.repeat(60) }))).toEqual({});
    expect(errorsOf(values({ header: EMOJI.repeat(61) }))[`${PATH}.header.text`]).toMatch(/61 of 60/);
  });

  it("accepts a 1,024-character body and refuses 1,025", () => {
    expect(errorsOf(values({ text: EMOJI.repeat(1024) }))).toEqual({});
    expect(errorsOf(values({ text: EMOJI.repeat(1025) }))["message.text"]).toMatch(/1,025 of 1,024/);
  });

  it("accepts a 60-character footer and refuses 61", () => {
    expect(errorsOf(values({ footer: EMOJI.repeat(60) }))).toEqual({});
    expect(errorsOf(values({ footer: EMOJI.repeat(61) }))[`${PATH}.footer.text`]).toMatch(/61 of 60/);
  });

  it("accepts a 24-character section title and refuses 25", () => {
    expect(errorsOf(values({ sections: [section(EMOJI.repeat(24), "x")] }))).toEqual({});
    expect(errorsOf(values({ sections: [section(EMOJI.repeat(25), "x")] }))[`${PATH}.sections.0.title`]).toMatch(
      /25 of 24/,
    );
  });

  it("accepts 100-character catalog and retailer ids and refuses 101", () => {
    expect(errorsOf(values({ catalogId: "1".repeat(100), sections: [section("A", EMOJI.repeat(100))] }))).toEqual({});
    const errors = errorsOf(values({ catalogId: "1".repeat(101), sections: [section("A", EMOJI.repeat(101))] }));
    expect(errors[`${PATH}.catalogId`]).toMatch(/101 of 100/);
    expect(errors[`${PATH}.sections.0.productItems.0.productRetailerId`]).toMatch(/101 of 100/);
  });

  it("builds a request from half-typed values without throwing", () => {
    const partial = { ...productsDefaults, message: { text: "Hi", multiProductMessage: { sections: [{}] } } };
    expect(buildProductsRequest(partial as unknown as ProductsValues).message).toEqual({
      text: "Hi",
      multiProductMessage: { header: { text: "" }, catalogId: "", sections: [{ title: "", productItems: [] }] },
    });
  });
});

describe("countProducts", () => {
  it("adds up the products of every section", () => {
    expect(countProducts([section("A", "1", "2"), section("B", "3")])).toBe(3);
    expect(countProducts(undefined)).toBe(0);
  });
});
