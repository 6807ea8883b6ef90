import { describe, expect, it } from "vitest";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { templateValuesFromRequest } from "./from-request";
import { normalizeTemplates } from "./normalize";
import { templateDefaults, templateMessageSchema } from "./schema";

describe("templateValuesFromRequest", () => {
  it("gives back form values that rebuild the very same request", () => {
    const request = {
      sender: "+14151111234",
      number: "bsuid:US.13491208655302741918",
      templateName: "invoice_ready",
      language: "es_MX",
      parameters: [
        { name: "header_document", value: "https://cdn.example.com/f.pdf", filename: "F-1.pdf" },
        { name: "body_1", value: "Lucía" },
        { name: "body_2", value: "F-1" },
        { name: "body_3", value: "$10" },
      ],
      callbackData: { order: 1 },
      campaignName: "invoices",
    };
    const values = templateValuesFromRequest(request);
    expect(values.recipient.id).toBe("US.13491208655302741918");

    const catalog = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });
    expect(templateMessageSchema(catalog).parse(values)).toEqual(request);
  });

  it("falls back to the defaults for anything unreadable", () => {
    expect(templateValuesFromRequest("garbage")).toEqual(templateDefaults);
    expect(templateValuesFromRequest({ parameters: [null, { value: "x" }], number: 7 })).toEqual(templateDefaults);
  });
});
