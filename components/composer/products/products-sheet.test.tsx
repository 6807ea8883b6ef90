import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { MultiProductMessage } from "@/lib/messages/request";
import { ProductsSheet } from "./products-sheet";

const message: MultiProductMessage = {
  header: { text: "Our picks" },
  catalogId: "1234567890123456",
  sections: [
    { title: "Shoes", productItems: [{ productRetailerId: "SKU-1" }, { productRetailerId: "SKU-2" }] },
    { title: "Bags", productItems: [{ productRetailerId: "SKU-9" }] },
  ],
};

const render = (m: MultiProductMessage) =>
  renderToStaticMarkup(<ProductsSheet theme="light" message={m} onClose={() => {}} />);

describe("ProductsSheet", () => {
  it("is a dialog named View items with a Close button", () => {
    const html = render(message);
    expect(html).toMatch(/role="dialog" aria-label="View items"/);
    expect(html).toMatch(/<button type="button" aria-label="Close"/);
  });

  it("lists each section's title and its products in order, with the item count", () => {
    const html = render(message);
    expect(html).toContain(">3 items</div>");
    const order = ["Shoes", "SKU-1", "SKU-2", "Bags", "SKU-9"].map((text) => html.indexOf(`>${text}<`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The catalog's sections, not the scrolling region around them.
    expect(html.match(/<section aria-label="[^"]*">/g)).toHaveLength(2);
    expect(html.match(/data-placeholder="product-image"/g)).toHaveLength(3);
  });

  it("counts a single product as one item", () => {
    expect(render({ ...message, sections: [{ title: "A", productItems: [{ productRetailerId: "x" }] }] })).toContain(
      ">1 item</div>",
    );
  });
});
