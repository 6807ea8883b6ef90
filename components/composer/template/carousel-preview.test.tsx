import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { normalizeTemplates } from "@/lib/templates/normalize";
import type { TemplateValues } from "@/lib/templates/render";
import { TemplatePreview } from "./template-preview";

const catalog = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });
const carousel = catalog.find((t) => t.name === "spring_collection")!;

function render(values: TemplateValues = { variables: {} }, theme: "light" | "dark" = "light") {
  return renderToStaticMarkup(
    <TemplatePreview definition={carousel} values={values} contactName="Ana" theme={theme} />,
  );
}

const cards = (html: string) => [...html.matchAll(/aria-label="(Card \d+ of \d+)"/g)].map((match) => match[1]);

describe("TemplatePreview of a carousel", () => {
  it("draws the body bubble, then one card per card of the template in a focusable, named scrolling row", () => {
    const html = render({ variables: { body_1: "Maria" } });
    const body = html.indexOf("Hi Maria, our");
    const row = html.indexOf('aria-label="Carousel cards"');
    expect(body).toBeGreaterThan(0);
    expect(row).toBeGreaterThan(body);
    expect(html).toMatch(/<section aria-roledescription="carousel" aria-label="Carousel cards" tabindex="0"/);
    expect(cards(html)).toEqual(["Card 1 of 3", "Card 2 of 3", "Card 3 of 3"]);
  });

  it("draws each card as media, body and buttons, in that order, with that card's values", () => {
    const html = render({ variables: { card_2_body_1: "$19", card_2_button_1_url: "tote-xl" } });
    const second = html.slice(html.indexOf('aria-label="Card 2 of 3"'), html.indexOf('aria-label="Card 3 of 3"'));
    const order = ['aria-label="Header image"', "Canvas tote that fits it all. Now $19.", "Shop now", "More like this"];
    const positions = order.map((text) => second.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(second).toContain("https://shop.example.com/p/tote-xl");
    expect(html).toContain("Linen shirt, light and breezy. Now <mark");
  });

  it("marks a card's media as the example until its URL is typed", () => {
    const html = render({ variables: { card_1_header_image: "https://cdn.example.com/shirt.jpg" } });
    expect(html.match(/>Example<\/span>/g)).toHaveLength(2);
    expect(html).toContain('src="https://cdn.example.com/shirt.jpg"');
  });

  it("announces nothing as the values change: no live region inside the preview", () => {
    const html = render({ variables: { body_1: "Maria" } });
    expect(html).not.toMatch(/aria-live="(polite|assertive)"|role="(status|alert)"/);
  });

  it("uses the theme's bubble colour for the cards", () => {
    expect(render(undefined, "dark")).toMatch(/aria-label="Card 1 of 3"[^>]*style="background-color:#005c4b/);
    expect(render(undefined, "light")).toMatch(/aria-label="Card 1 of 3"[^>]*style="background-color:#d9fdd3/);
  });
});
