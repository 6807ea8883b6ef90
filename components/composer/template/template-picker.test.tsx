import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { templateChoices } from "@/lib/templates/catalog";
import { normalizeTemplates } from "@/lib/templates/normalize";
import { TemplatePicker } from "./template-picker";

const choices = templateChoices(normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } }));

function render(value = "") {
  return renderToStaticMarkup(
    <TemplatePicker
      control={{ id: "template-name", "aria-invalid": false }}
      choices={choices}
      value={value}
      onChange={() => {}}
    />,
  );
}

function option(html: string, name: string): string {
  return html.match(new RegExp(`<li[^>]*role="option"[^>]*>(?:(?!</li>).)*${name}(?:(?!</li>).)*</li>`))?.[0] ?? "";
}

describe("TemplatePicker", () => {
  it("is a combobox owning a closed listbox, showing the chosen template's name", () => {
    const html = render("order_update");
    expect(html).toMatch(/<input[^>]*id="template-name"[^>]*role="combobox"[^>]*aria-expanded="false"/);
    expect(html).toMatch(/value="order_update"/);
    const controls = /aria-controls="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<ul id="${controls}" role="listbox" aria-label="Templates" hidden=""`);
  });

  it("lists every template, greying out those without an approved language with their status and reason", () => {
    const html = render("order_update");
    expect(html.match(/role="option"/g)).toHaveLength(choices.length);
    expect(option(html, "order_update")).toContain('aria-selected="true"');
    expect(option(html, "order_update")).not.toContain("aria-disabled");
    expect(option(html, "holiday_hours")).toContain('aria-disabled="true"');
    expect(option(html, "holiday_hours")).toContain("Pending approval");
    expect(option(html, "flash_deal")).toContain('aria-disabled="true"');
    expect(option(html, "flash_deal")).toContain("Rejected: Invalid format");
  });
});
