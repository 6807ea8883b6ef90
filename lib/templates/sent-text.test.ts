import { describe, expect, it } from "vitest";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { orderUpdateTo } from "@/test-support/sandbox-requests";
import { normalizeTemplates } from "./normalize";
import { sentTemplateText } from "./sent-text";

const sandbox = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });

describe("sentTemplateText", () => {
  it("reads a sent template as its header and body with the values sent", () => {
    expect(sentTemplateText(orderUpdateTo("+16044441111"), sandbox)).toBe(
      "Order #4521 update\nHi Ana, your order #4521 has shipped and should arrive by Friday.",
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
