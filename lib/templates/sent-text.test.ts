import { describe, expect, it } from "vitest";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { normalizeTemplates } from "./normalize";
import { sentTemplateText } from "./sent-text";

const sandbox = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });

describe("sentTemplateText", () => {
  it("reads a sent template as its header and body with the values sent", () => {
    const request = {
      number: "+16044441111",
      templateName: "order_update",
      language: "en",
      parameters: [
        { name: "header_text", value: "#981" },
        { name: "body_1", value: "Maria" },
        { name: "body_2", value: "#981" },
        { name: "body_3", value: "Monday" },
      ],
    };
    expect(sentTemplateText(request, sandbox)).toBe(
      "Order #981 update\nHi Maria, your order #981 has shipped and should arrive by Monday.",
    );
  });

  it("is null when the send lacks a value the template asks for, rather than show the example as if sent", () => {
    const request = { templateName: "order_update", language: "en", parameters: [{ name: "body_1", value: "Tom" }] };
    expect(sentTemplateText(request, sandbox)).toBeNull();
  });

  it("is null for a template that is not among those at hand, or in another language", () => {
    expect(sentTemplateText({ templateName: "gone_template", language: "en", parameters: [] }, sandbox)).toBeNull();
    expect(sentTemplateText({ templateName: "order_update", language: "xx", parameters: [] }, sandbox)).toBeNull();
    expect(sentTemplateText({ templateName: "order_update", language: "en" }, [])).toBeNull();
  });
});
