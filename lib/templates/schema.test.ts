import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/actions/validated-action";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { normalizeTemplates } from "./normalize";
import { buildTemplateRequest, type TemplateFormValues, templateDefaults, templateMessageSchema } from "./schema";

const catalog = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });
const schema = templateMessageSchema(catalog);

const orderUpdate: TemplateFormValues = {
  ...templateDefaults,
  recipient: { id: "+16044441111", name: "Ana" },
  templateName: "order_update",
  language: "en_US",
  variables: { header_text: "#4521", body_1: "Ana", body_2: "#4521", body_3: "Friday", button_1_url: "4521" },
};

function errors(values: TemplateFormValues): Record<string, string> {
  const result = schema.safeParse(values);
  return result.success ? {} : fieldErrorsFrom(result.error);
}

describe("templateMessageSchema", () => {
  it("turns a filled form into exactly the request Connectly documents, sender first", () => {
    const result = schema.safeParse({
      ...orderUpdate,
      senderId: "+14151111234",
      campaignName: " shipping_2025-03 ",
      callbackData: '{"order": 4521}',
    });
    expect(result.success).toBe(true);
    expect(JSON.stringify(result.data)).toBe(
      JSON.stringify({
        sender: "+14151111234",
        number: "+16044441111",
        templateName: "order_update",
        language: "en_US",
        parameters: [
          { name: "header_text", value: "#4521" },
          { name: "body_1", value: "Ana" },
          { name: "body_2", value: "#4521" },
          { name: "body_3", value: "Friday" },
          { name: "button_1_url", value: "4521" },
        ],
        callbackData: { order: 4521 },
        campaignName: "shipping_2025-03",
      }),
    );
  });

  it("sends a BSUID recipient in Connectly's prefixed form, typed bare or prefixed", () => {
    for (const recipient of ["US.13491208655302741918", "bsuid:US.13491208655302741918"]) {
      const result = schema.safeParse({ ...orderUpdate, recipient: { id: recipient, name: "" } });
      expect(result.data?.number).toBe("bsuid:US.13491208655302741918");
    }
  });

  it("sends a media header's URL with the document's file name, and no parameters for a template without variables", () => {
    const invoice = schema.safeParse({
      ...orderUpdate,
      templateName: "invoice_ready",
      language: "es_MX",
      variables: { header_document: "https://cdn.example.com/f.pdf", body_1: "Lucía", body_2: "F-1", body_3: "$10" },
      filenames: { header_document: "Factura F-1.pdf" },
    });
    expect(invoice.data?.parameters?.[0]).toEqual({
      name: "header_document",
      value: "https://cdn.example.com/f.pdf",
      filename: "Factura F-1.pdf",
    });
    const notice = schema.safeParse({
      ...orderUpdate,
      templateName: "delivery_delay_notice",
      language: "en",
      variables: {},
    });
    expect(notice.success).toBe(true);
    expect(notice.data).not.toHaveProperty("parameters");
  });

  it("refuses pending and rejected templates, and languages that are not approved", () => {
    expect(errors({ ...orderUpdate, templateName: "holiday_hours", language: "en" })).toEqual({
      templateName: "holiday_hours is not approved in any language yet, so it cannot be sent.",
    });
    expect(errors({ ...orderUpdate, templateName: "flash_deal", language: "en" })).toHaveProperty("templateName");
    expect(errors({ ...orderUpdate, language: "fr" })).toEqual({
      language: "order_update has no fr version; choose an approved language.",
    });
    expect(errors({ ...orderUpdate, templateName: "no_such_template" })).toHaveProperty("templateName");
    expect(errors({ ...orderUpdate, templateName: "" })).toEqual({ templateName: "Choose a template." });
  });

  it("requires every variable of the chosen template, at its own field", () => {
    expect(
      errors({
        ...orderUpdate,
        variables: { ...orderUpdate.variables, header_text: " ", body_2: "", button_1_url: "" },
      }),
    ).toEqual({
      "variables.header_text": "Enter a value for {{1}}.",
      "variables.body_2": "Enter a value for {{2}}.",
      "variables.button_1_url": "Enter the end of the link that follows https://shop.example.com/track/",
    });
  });

  it("refuses a body longer than 1,024 characters once filled in, at the body fields", () => {
    const found = errors({ ...orderUpdate, variables: { ...orderUpdate.variables, body_1: "a".repeat(1000) } });
    expect(found["variables.body_1"]).toMatch(/^With these values the body has 1,0\d\d of 1,024 characters/);
    expect(found["variables.body_2"]).toBe(found["variables.body_1"]);
    expect(Object.keys(found).every((key) => key.startsWith("variables.body_"))).toBe(true);
  });

  it("refuses a text header longer than 60 characters once filled in", () => {
    expect(errors({ ...orderUpdate, variables: { ...orderUpdate.variables, header_text: "x".repeat(55) } })).toEqual({
      "variables.header_text": "With this value the header has 68 of 60 characters.",
    });
  });

  it("refuses line breaks in a variable, private media URLs and spaces in a link suffix", () => {
    const found = errors({
      ...orderUpdate,
      templateName: "summer_sale",
      language: "en",
      variables: { header_image: "https://localhost/a.jpg", body_1: "Ana\nB", body_2: "X" },
    });
    expect(found["variables.header_image"]).toMatch(/not public/);
    expect(found["variables.body_1"]).toMatch(/line breaks/);
    expect(errors({ ...orderUpdate, variables: { ...orderUpdate.variables, button_1_url: "a b" } })).toEqual({
      "variables.button_1_url": "A link cannot contain spaces or invisible characters.",
    });
  });

  it("reports the envelope's problems together with the template's", () => {
    const found = errors({
      ...orderUpdate,
      recipient: { id: "604 444 1111", name: "" },
      senderId: "me",
      callbackData: "{oops",
      variables: { ...orderUpdate.variables, body_1: "" },
    });
    expect(Object.keys(found).sort()).toEqual(["callbackData", "recipient.id", "senderId", "variables.body_1"]);
  });
});

describe("buildTemplateRequest", () => {
  it("lists every parameter while the form is half filled, so the JSON panel shows what is missing", () => {
    const definition = catalog.find((t) => t.name === "welcome_video")!;
    expect(
      buildTemplateRequest({ ...templateDefaults, templateName: "welcome_video", language: "en" }, definition),
    ).toEqual({
      number: "",
      templateName: "welcome_video",
      language: "en",
      parameters: [
        { name: "header_video", value: "" },
        { name: "body_1", value: "" },
      ],
    });
  });
});
