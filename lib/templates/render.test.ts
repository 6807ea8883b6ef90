import { describe, expect, it } from "vitest";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { normalizeTemplates } from "./normalize";
import { renderTemplate, segmentsText } from "./render";
import type { TemplateDefinition } from "./types";

const sandbox = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });
const sandboxTemplate = (name: string, language = "en") =>
  sandbox.find((t) => t.name === name && t.language === language)!;

describe("renderTemplate", () => {
  it("fills typed values and shows the examples, flagged, where values are still empty", () => {
    const rendered = renderTemplate(sandboxTemplate("order_update"), { variables: { body_1: "  Maria ", body_3: "" } });
    expect(rendered.body).toEqual([
      { text: "Hi ", source: "template" },
      { text: "Maria", source: "value", variable: "body_1" },
      { text: ", your order ", source: "template" },
      { text: "#4521", source: "example", variable: "body_2" },
      { text: " has shipped and should arrive by ", source: "template" },
      { text: "Friday, 14 March", source: "example", variable: "body_3" },
      { text: ".", source: "template" },
    ]);
    expect(rendered.header).toEqual({
      kind: "text",
      segments: [
        { text: "Order ", source: "template" },
        { text: "#4521", source: "example", variable: "header_text" },
        { text: " update", source: "template" },
      ],
    });
    expect(rendered.footer).toBe("Example Shop");
  });

  it("substitutes every occurrence of a repeated variable", () => {
    const definition: TemplateDefinition = {
      ...sandboxTemplate("delivery_delay_notice"),
      body: { text: "{{1}}, yes {{1}}!", examples: [] },
    };
    expect(segmentsText(renderTemplate(definition, { variables: { body_1: "You" } }).body)).toBe("You, yes You!");
  });

  it("shows the bare placeholder when there is neither a value nor an example", () => {
    const definition: TemplateDefinition = {
      ...sandboxTemplate("delivery_delay_notice"),
      body: { text: "Dear {{1}}", examples: [] },
    };
    expect(renderTemplate(definition, { variables: {} }).body[1]).toEqual({
      text: "{{1}}",
      source: "placeholder",
      variable: "body_1",
    });
  });

  it("completes a dynamic URL button with the suffix, or the example's suffix", () => {
    const template = sandboxTemplate("order_update");
    expect(renderTemplate(template, { variables: {} }).buttons[0]).toEqual({
      kind: "url",
      text: "Track order",
      url: "https://shop.example.com/track/4521",
      urlSource: "example",
    });
    expect(renderTemplate(template, { variables: { button_1_url: "A-77" } }).buttons).toEqual([
      { kind: "url", text: "Track order", url: "https://shop.example.com/track/A-77", urlSource: "value" },
      { kind: "quick_reply", text: "Talk to an agent" },
    ]);
  });

  it("gives a media header the typed URL and file name, or the example URL", () => {
    const invoice = sandboxTemplate("invoice_ready", "es_MX");
    expect(renderTemplate(invoice, { variables: {} }).header).toEqual({
      kind: "document",
      url: "https://shop.example.com/media/factura-4521.pdf",
      source: "example",
    });
    expect(
      renderTemplate(invoice, {
        variables: { header_document: "https://cdn.example.com/f.pdf" },
        filenames: { header_document: " Factura.pdf " },
      }).header,
    ).toEqual({ kind: "document", url: "https://cdn.example.com/f.pdf", source: "value", filename: "Factura.pdf" });
  });

  it("keeps the phone number of a call button", () => {
    expect(renderTemplate(sandboxTemplate("invoice_ready", "es_MX"), { variables: {} }).buttons).toEqual([
      { kind: "phone", text: "Llamar a soporte", phone: "+525512345678" },
    ]);
  });
});
