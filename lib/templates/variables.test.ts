import { describe, expect, it } from "vitest";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { normalizeTemplates } from "./normalize";
import type { TemplateDefinition } from "./types";
import { BUTTON_PARAMETER_BASE, bodyPlaceholders, placeholderContext, templateVariables } from "./variables";

const sandbox = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });
const sandboxTemplate = (name: string, language = "en") =>
  sandbox.find((t) => t.name === name && t.language === language)!;

function definition(overrides: Partial<TemplateDefinition>): TemplateDefinition {
  return {
    id: "t",
    name: "t",
    language: "en",
    category: "UTILITY",
    status: "approved",
    body: { text: "", examples: [] },
    buttons: [],
    ...overrides,
  };
}

describe("templateVariables", () => {
  it("lists the text header variable, each body variable and the URL button suffix, in order", () => {
    expect(templateVariables(sandboxTemplate("order_update"))).toEqual([
      {
        kind: "header_text",
        name: "header_text",
        label: "Header text",
        placeholder: "{{1}}",
        context: "Order {{1}} update",
        example: "#4521",
      },
      {
        kind: "body",
        name: "body_1",
        label: "Body variable {{1}}",
        placeholder: "{{1}}",
        context: "Hi {{1}}, your order {{2}} has…",
        example: "Ana",
      },
      {
        kind: "body",
        name: "body_2",
        label: "Body variable {{2}}",
        placeholder: "{{2}}",
        context: "Hi {{1}}, your order {{2}} has shipped and should…",
        example: "#4521",
      },
      {
        kind: "body",
        name: "body_3",
        label: "Body variable {{3}}",
        placeholder: "{{3}}",
        context: "…and should arrive by {{3}}.",
        example: "Friday, 14 March",
      },
      {
        kind: "button_url",
        name: "button_1_url",
        label: "Button 1 URL suffix",
        buttonIndex: 0,
        baseUrl: "https://shop.example.com/track/",
        example: "4521",
      },
    ]);
  });

  it("gives an image, video or document header one media URL parameter, with a file name for documents only", () => {
    expect(templateVariables(sandboxTemplate("summer_sale"))[0]).toEqual({
      kind: "header_media",
      name: "header_image",
      label: "Header media URL",
      mediaType: "image",
      withFilename: false,
      example: "https://shop.example.com/media/summer-sale.jpg",
    });
    expect(templateVariables(sandboxTemplate("welcome_video"))[0]).toMatchObject({
      name: "header_video",
      withFilename: false,
    });
    expect(templateVariables(sandboxTemplate("invoice_ready", "es_MX"))[0]).toMatchObject({
      name: "header_document",
      mediaType: "document",
      withFilename: true,
    });
  });

  it("asks nothing for a text header without a variable, static URLs, phone and quick-reply buttons", () => {
    const variables = templateVariables(
      definition({
        header: { kind: "text", text: "Your order" },
        body: { text: "No variables here.", examples: [] },
        buttons: [
          { kind: "url", text: "Shop", url: "https://shop.example.com" },
          { kind: "phone", text: "Call", phone: "+14155550123" },
          { kind: "quick_reply", text: "OK" },
        ],
      }),
    );
    expect(variables).toEqual([]);
  });

  it("numbers a URL button by its position among all the buttons", () => {
    const variables = templateVariables(
      definition({
        buttons: [
          { kind: "quick_reply", text: "Yes" },
          { kind: "url", text: "Static", url: "https://a.example/" },
          { kind: "url", text: "Track", url: "https://a.example/t/{{1}}", example: "https://a.example/t/77" },
        ],
      }),
    );
    expect(BUTTON_PARAMETER_BASE).toBe(1);
    expect(variables).toEqual([
      {
        kind: "button_url",
        name: "button_3_url",
        label: "Button 3 URL suffix",
        buttonIndex: 2,
        baseUrl: "https://a.example/t/",
        example: "77",
      },
    ]);
  });

  it("goes up to body_15 and leaves out what no parameter can fill", () => {
    const text = Array.from({ length: 16 }, (_, i) => `{{${i + 1}}}`).join(" ");
    const names = templateVariables(definition({ body: { text, examples: [] } })).map((v) => v.name);
    expect(names).toHaveLength(15);
    expect(names.at(-1)).toBe("body_15");
  });
});

describe("bodyPlaceholders", () => {
  it("counts a repeated variable once and orders by number, not by appearance", () => {
    expect(bodyPlaceholders("{{2}} then {{1}} and {{2}} again")).toEqual([
      { key: "1", number: 1 },
      { key: "2", number: 2 },
    ]);
  });

  it("numbers named variables in order of first appearance, tolerating spaces in the braces", () => {
    expect(bodyPlaceholders("Hi {{ first_name }}, order {{order_id}} for {{first_name}}")).toEqual([
      { key: "first_name", number: 1 },
      { key: "order_id", number: 2 },
    ]);
  });
});

describe("placeholderContext", () => {
  it("keeps four words either side of the placeholder, with … where its line goes on", () => {
    expect(
      placeholderContext("Summer sale! Show this message and use code {{2}} at the checkout before Sunday.", "2"),
    ).toBe("…message and use code {{2}} at the checkout before…");
  });

  it("keeps punctuation touching the placeholder joined to it", () => {
    expect(placeholderContext("Hi {{1}}, your code:{{2}}!", "1")).toBe("Hi {{1}}, your code:{{2}}!");
    expect(placeholderContext("Hi {{1}}, your code:{{2}}!", "2")).toBe("Hi {{1}}, your code:{{2}}!");
  });

  it("stays on the placeholder's own line, and names it as the field does", () => {
    expect(placeholderContext("Order update\nYour order {{ order }} has shipped.\nThanks!", "order")).toBe(
      "Your order {{order}} has shipped.",
    );
  });

  it("is empty for a key the text does not use", () => {
    expect(placeholderContext("No variables here", "1")).toBe("");
  });
});
