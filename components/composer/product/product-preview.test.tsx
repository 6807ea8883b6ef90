import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { ProductPreview } from "./product-preview";

function request(message: SessionMessageRequest["message"]): SessionMessageRequest {
  return { recipient: { id: "+16044441111", channelType: "whatsapp", name: "Ana" }, message };
}

const product = { catalogId: "1234567890123456", productItem: { productRetailerId: "SKU-42" } };

describe("ProductPreview", () => {
  it("shows the product card with the image placeholder, the retailer id and a View row", () => {
    const html = renderToStaticMarkup(
      <ProductPreview theme="light" request={request({ singleProductMessage: product })} />,
    );
    expect(html).toContain('data-placeholder="product-image"');
    expect(html).toMatch(/font-semibold">SKU-42<\/div>/);
    expect(html).toMatch(/<span class="min-w-0">View<\/span>/);
    expect(html).toContain(">Ana</div>");
  });

  it("formats the body and shows the footer after it", () => {
    const html = renderToStaticMarkup(
      <ProductPreview
        theme="dark"
        request={request({
          text: "Back *in stock*",
          singleProductMessage: { footer: { text: "Free returns" }, ...product },
        })}
      />,
    );
    expect(html).toContain("<strong>in stock</strong>");
    expect(html.indexOf("in stock")).toBeLessThan(html.indexOf("Free returns"));
    expect(html).toContain("background-color:#005c4b");
  });

  it("names the missing retailer id while it is blank", () => {
    const html = renderToStaticMarkup(
      <ProductPreview
        theme="light"
        request={request({ singleProductMessage: { catalogId: "", productItem: { productRetailerId: "" } } })}
      />,
    );
    expect(html).toContain(">Product retailer ID</span>");
  });

  it("renders markup in the retailer id as text", () => {
    const html = renderToStaticMarkup(
      <ProductPreview
        theme="light"
        request={request({ singleProductMessage: { catalogId: "1", productItem: { productRetailerId: "<b>x</b>" } } })}
      />,
    );
    expect(html).not.toContain("<b>x</b>");
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt;");
  });
});
