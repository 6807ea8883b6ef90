import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { normalizeTemplates } from "@/lib/templates/normalize";
import type { TemplateValues } from "@/lib/templates/render";
import type { TemplateDefinition } from "@/lib/templates/types";
import { TemplatePreview } from "./template-preview";

const catalog = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });
const template = (name: string, language = "en") => catalog.find((t) => t.name === name && t.language === language)!;

function render(definition: TemplateDefinition | undefined, values: TemplateValues = { variables: {} }) {
  return renderToStaticMarkup(
    <TemplatePreview definition={definition} values={values} contactName="Ana" theme="light" />,
  );
}

const rows = (html: string) => html.match(/min-h-10 w-full/g)?.length ?? 0;

describe("TemplatePreview", () => {
  it("shows header, body, footer and buttons in order, typed values plain and examples marked", () => {
    const html = render(template("order_update"), { variables: { body_1: "Maria" } });
    const order = ["Order ", "Hi Maria, your order ", "Example Shop", "Track order", "Talk to an agent"];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toMatch(/font-bold[^"]*">Order <mark data-stand-in="example"[^>]*>#4521<\/mark> update</);
    expect(html.match(/data-stand-in="example"/g)).toHaveLength(3);
    expect(html).not.toMatch(/<mark[^>]*>Maria/);
    expect(html).toContain("https://shop.example.com/track/4521");
    expect(rows(html)).toBe(2);
  });

  it("folds a long marketing body behind Read more, and more than three buttons behind See all options", () => {
    const html = render(template("summer_sale"), { variables: { body_1: "Ana", body_2: "SUMMER10" } });
    expect(html).toContain(">Read more</button>");
    expect(html).not.toContain("Tap a button below");
    expect(html).toContain("Shop women");
    expect(html).toContain("Shop men");
    expect(html).not.toContain("Shop kids");
    expect(html).toContain("See all options");
    expect(rows(html)).toBe(3);
  });

  it("shows a utility body whole, however long", () => {
    const definition = {
      ...template("delivery_delay_notice"),
      body: { text: `${"line\n".repeat(12)}last`, examples: [] },
    };
    const html = render(definition);
    expect(html).toContain("last");
    expect(html).not.toContain("Read more");
  });

  it("shows up to three buttons as rows", () => {
    const definition: TemplateDefinition = {
      ...template("delivery_delay_notice"),
      buttons: ["One", "Two", "Three"].map((text) => ({ kind: "quick_reply", text })),
    };
    const html = render(definition);
    expect(rows(html)).toBe(3);
    expect(html).not.toContain("See all options");
  });

  it("draws the document header with its file name and says when the media is still the example", () => {
    const invoice = template("invoice_ready", "es_MX");
    expect(render(invoice)).toContain("Example media");
    const typed = render(invoice, {
      variables: { header_document: "https://cdn.example.com/f.pdf" },
      filenames: { header_document: "Factura.pdf" },
    });
    expect(typed).toContain(">Factura.pdf</div>");
    expect(typed).not.toContain("Example media");
  });

  it("applies WhatsApp formatting to the body around the values, never rendering them as HTML", () => {
    const definition = { ...template("delivery_delay_notice"), body: { text: "Hi *{{1}}*", examples: ["Ana"] } };
    expect(render(definition)).toMatch(/<strong><mark data-stand-in="example"[^>]*>Ana<\/mark><\/strong>/);
    const typed = render(definition, { variables: { body_1: "<img src=x>" } });
    expect(typed).toContain("<strong>&lt;img src=x&gt;</strong>");
  });

  it("asks for a template when none is chosen", () => {
    expect(render(undefined)).toContain("Choose a template to see it here.");
  });
});
