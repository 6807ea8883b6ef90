import { renderToStaticMarkup } from "react-dom/server";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { type ProductValues, productDefaults } from "@/lib/messages/product";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { ProductFields } from "./product-fields";

function Harness({ values }: { values: ProductValues }) {
  const form = useForm<ProductValues, unknown, SessionMessageRequest>({ defaultValues: values });
  return <ProductFields form={form} values={values} />;
}

function render(catalogId: string, retailerId = "") {
  const message = productDefaults.message;
  const values: ProductValues = {
    ...productDefaults,
    message: {
      ...message,
      singleProductMessage: {
        ...message.singleProductMessage,
        catalogId,
        productItem: { productRetailerId: retailerId },
      },
    },
  };
  return renderToStaticMarkup(<Harness values={values} />);
}

describe("ProductFields", () => {
  it("labels the ids, the body and the footer, and offers no header", () => {
    const html = render("");
    for (const label of ["Catalog ID", "Product retailer ID", "Message text", "Footer"]) {
      expect(html).toMatch(new RegExp(`<label for="[^"]+"[^>]*>${label}`));
    }
    expect(html).not.toContain(">Header");
  });

  it("counts the ids against their limit", () => {
    expect(render("123", "SKU-42")).toContain(">6 of 100 characters<");
  });

  it("warns about a catalog ID that is not all digits, and not about one that is", () => {
    expect(render("spring sale")).toContain("Meta catalog IDs are all digits");
    expect(render("1234567890")).not.toContain("Meta catalog IDs are all digits");
  });
});
