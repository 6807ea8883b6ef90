import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { MultiProductMessage, SessionMessageRequest } from "@/lib/messages/request";
import { ProductsPreview } from "./products-preview";

const products: MultiProductMessage = {
  header: { text: "Our *picks*" },
  footer: { text: "Prices _include_ VAT" },
  catalogId: "1234567890123456",
  sections: [{ title: "Shoes", productItems: [{ productRetailerId: "SKU-1" }] }],
};

function render(message: SessionMessageRequest["message"]) {
  return renderToStaticMarkup(
    <ProductsPreview theme="light" request={{ recipient: { id: "+16044441111", channelType: "whatsapp" }, message }} />,
  );
}

describe("ProductsPreview", () => {
  it("shows the collage, the header in bold as typed, the formatted body and the footer", () => {
    const html = render({ text: "New *arrivals*", multiProductMessage: products });
    expect(html.match(/data-placeholder="product-image"/g)).toHaveLength(4);
    expect(html).toMatch(/font-semibold[^"]*">Our \*picks\*<\/div>/);
    expect(html).toContain("<strong>arrivals</strong>");
    expect(html).toContain("<em>include</em>");
    expect(html.indexOf("arrivals")).toBeLessThan(html.indexOf("VAT"));
  });

  it("puts a View items button under the bubble, closed at first", () => {
    const html = render({ text: "Hi", multiProductMessage: products });
    expect(html).toMatch(
      /<button type="button" aria-haspopup="dialog" aria-expanded="false"[^>]*>.*View items.*<\/button>/,
    );
    expect(html).not.toContain('role="dialog"');
  });
});
