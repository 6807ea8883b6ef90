import { renderToStaticMarkup } from "react-dom/server";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { normalizeTemplates } from "@/lib/templates/normalize";
import { type TemplateFormValues, templateDefaults } from "@/lib/templates/schema";
import type { TemplateMessageRequest } from "@/lib/templates/types";
import { templateVariables } from "@/lib/templates/variables";
import { TemplateVariableFields } from "./template-variable-fields";

const catalog = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });
const variables = templateVariables(catalog.find((t) => t.name === "spring_collection")!);

function Harness() {
  const values: TemplateFormValues = { ...templateDefaults, templateName: "spring_collection", language: "en" };
  const form = useForm<TemplateFormValues, unknown, TemplateMessageRequest>({ defaultValues: values });
  return <TemplateVariableFields form={form} variables={variables} values={values} />;
}

const html = renderToStaticMarkup(<Harness />);

describe("TemplateVariableFields of a carousel", () => {
  it("keeps the body's field outside the cards, and puts the cards in tabs named Card 1 to Card 3", () => {
    expect(html.indexOf(">Body variable {{1}}</label>")).toBeLessThan(html.indexOf('role="tablist"'));
    const tabs = [...html.matchAll(/<button[^>]*role="tab"[^>]*>([^<]+)</g)].map((match) => match[1]);
    expect(tabs).toEqual(["Card 1", "Card 2", "Card 3"]);
    expect(html.match(/role="tab" [^>]*aria-selected="true" tabindex="0"/g)).toHaveLength(1);
  });

  it("shows the first card's panel and keeps the others mounted but hidden, each with that card's fields", () => {
    const panels = [...html.matchAll(/<div[^>]*role="tabpanel"[^>]*>/g)].map((match) => match[0]);
    expect(panels.map((panel) => panel.includes('hidden=""'))).toEqual([false, true, true]);
    for (const card of [1, 2, 3]) {
      for (const label of [
        `Card ${card} image URL`,
        `Card ${card} body variable {{1}}`,
        `Card ${card} button 1 URL suffix`,
      ]) {
        expect(html).toContain(`>${label}</label>`);
      }
    }
    expect(html).toMatch(/<input[^>]*name="variables.card_3_button_1_url"/);
  });
});
