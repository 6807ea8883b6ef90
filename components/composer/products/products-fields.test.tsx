import { renderToStaticMarkup } from "react-dom/server";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { type ProductsSectionValues, type ProductsValues, productsDefaults } from "@/lib/messages/products";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { ProductsFields } from "./products-fields";

function withSections(sections: ProductsSectionValues[], catalogId = "1234567890123456"): ProductsValues {
  const message = productsDefaults.message;
  return {
    ...productsDefaults,
    message: { ...message, multiProductMessage: { ...message.multiProductMessage, catalogId, sections } },
  };
}

function Harness({ values }: { values: ProductsValues }) {
  const form = useForm<ProductsValues, unknown, SessionMessageRequest>({ defaultValues: values });
  return <ProductsFields form={form} values={values} />;
}

const render = (values: ProductsValues) => renderToStaticMarkup(<Harness values={values} />);
const products = (...ids: string[]) => ids.map((productRetailerId) => ({ productRetailerId }));
/** The opening tag of the button whose accessible name (aria-label or text) is `name`. */
const button = (html: string, name: string) =>
  html.match(new RegExp(`<button[^>]*aria-label="${name}"[^>]*>`))?.[0] ??
  html.match(new RegExp(`<button[^>]*>${name}</button>`))?.[0];

describe("ProductsFields", () => {
  it("labels every field with the names people and tests use", () => {
    const html = render(productsDefaults);
    for (const label of [
      "Header text",
      "Message text",
      "Footer",
      "Catalog ID",
      "Section title",
      "Product retailer ID",
    ]) {
      expect(html).toMatch(new RegExp(`<label for="[^"]+"[^>]*>${label}`));
    }
  });

  it("puts each section in a fieldset with its legend and one input per product", () => {
    const html = render(
      withSections([
        { title: "Shoes", productItems: products("a", "b") },
        { title: "Bags", productItems: products("c") },
      ]),
    );
    expect(html.match(/<legend[^>]*>Section \d+<\/legend>/g)).toEqual([
      expect.stringContaining("Section 1"),
      expect.stringContaining("Section 2"),
    ]);
    expect(html.match(/>Product retailer ID</g)).toHaveLength(3);
    expect(button(html, "Remove product 2 of section 1")).not.toContain('disabled=""');
    expect(button(html, "Remove product 1 of section 2")).toContain('disabled=""');
    expect(button(html, "Remove section 2")).not.toContain('disabled=""');
  });

  it("shows the totals and keeps the only section", () => {
    const html = render(productsDefaults);
    expect(html).toContain("Products: 1 / 30");
    expect(html).toContain("Sections: 1 / 10");
    expect(button(html, "Remove section 1")).toContain('disabled=""');
  });

  it("disables Add product and Add section at thirty products", () => {
    const sections = [0, 1, 2].map((s) => ({
      title: `S${s}`,
      productItems: products(...Array.from({ length: 10 }, (_, p) => `p${s}-${p}`)),
    }));
    const html = render(withSections(sections));
    expect(html).toContain("Products: 30 / 30");
    expect(html.match(/<button[^>]*>Add product<\/button>/g)?.every((tag) => tag.includes('disabled=""'))).toBe(true);
    expect(button(html, "Add section")).toContain('disabled=""');
  });

  it("disables Add section at ten sections while products may still be added", () => {
    const sections = Array.from({ length: 10 }, (_, s) => ({ title: `S${s}`, productItems: products(`p${s}`) }));
    const html = render(withSections(sections));
    expect(button(html, "Add section")).toContain('disabled=""');
    expect(button(html, "Add product")).not.toContain('disabled=""');
  });

  it("warns about a catalog ID that is not all digits", () => {
    expect(render(withSections(productsDefaults.message.multiProductMessage.sections, "spring"))).toContain(
      "Meta catalog IDs are all digits",
    );
  });
});
