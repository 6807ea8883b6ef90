import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/actions/validated-action";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { templateValuesFromRequest } from "./from-request";
import { normalizeTemplates } from "./normalize";
import { renderTemplate, segmentsText } from "./render";
import { buildTemplateRequest, type TemplateFormValues, templateDefaults, templateMessageSchema } from "./schema";
import { CARD_PARAMETER_BASE, cardPrefix, templateVariables } from "./variables";

const catalog = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });
const carousel = catalog.find((t) => t.name === "spring_collection")!;
const schema = templateMessageSchema(catalog);

const SLUGS = ["linen-shirt", "canvas-tote", "straw-hat"];

const filled: TemplateFormValues = {
  ...templateDefaults,
  recipient: { id: "+16044441111", name: "" },
  templateName: "spring_collection",
  language: "en",
  variables: {
    body_1: "Ana",
    ...Object.fromEntries(
      SLUGS.flatMap((slug, i) => [
        [`card_${i + 1}_header_image`, `https://cdn.example.com/${slug}.jpg`],
        [`card_${i + 1}_body_1`, `$${30 + i}`],
        [`card_${i + 1}_button_1_url`, `${slug}?ref=wa`],
      ]),
    ),
  },
};

const withVariables = (change: Record<string, string>): TemplateFormValues => ({
  ...filled,
  variables: { ...filled.variables, ...change },
});

function errors(values: TemplateFormValues): Record<string, string> {
  const result = schema.safeParse(values);
  return result.success ? {} : fieldErrorsFrom(result.error);
}

describe("carousel parameter names", () => {
  it("prefix a card's own names with card_N_, counting cards from 1", () => {
    expect(CARD_PARAMETER_BASE).toBe(1);
    expect([0, 1, 9].map(cardPrefix)).toEqual(["card_1_", "card_2_", "card_10_"]);
  });
});

describe("templateVariables of a carousel", () => {
  const variables = templateVariables(carousel);

  it("lists the body's variable, then per card its image URL, its body variable and its URL suffix", () => {
    expect(variables.map((v) => [v.name, v.card])).toEqual([
      ["body_1", undefined],
      ...[0, 1, 2].flatMap((card) => [
        [`card_${card + 1}_header_image`, card],
        [`card_${card + 1}_body_1`, card],
        [`card_${card + 1}_button_1_url`, card],
      ]),
    ]);
  });

  it("labels each card's fields with the card, and takes the examples from that card", () => {
    expect(variables.filter((v) => v.card === 1)).toEqual([
      {
        kind: "header_media",
        name: "card_2_header_image",
        label: "Card 2 image URL",
        mediaType: "image",
        withFilename: false,
        example: "https://shop.example.com/media/canvas-tote.jpg",
        card: 1,
      },
      {
        kind: "body",
        name: "card_2_body_1",
        label: "Card 2 body variable {{1}}",
        placeholder: "{{1}}",
        context: "…fits it all. Now {{1}}.",
        example: "$24",
        card: 1,
      },
      {
        kind: "button_url",
        name: "card_2_button_1_url",
        label: "Card 2 button 1 URL suffix",
        buttonIndex: 0,
        baseUrl: "https://shop.example.com/p/",
        example: "canvas-tote",
        card: 1,
      },
    ]);
  });
});

describe("renderTemplate of a carousel", () => {
  it("fills each card with its own values, and shows a card's examples until they are typed", () => {
    const rendered = renderTemplate(carousel, {
      variables: { body_1: "Ana", card_2_body_1: "$19", card_2_header_image: "https://cdn.example.com/t.jpg" },
    });
    expect(segmentsText(rendered.body)).toMatch(/^Hi Ana, our/);
    expect(rendered.cards?.map((card) => segmentsText(card.body))).toEqual([
      "Linen shirt, light and breezy. Now $39.",
      "Canvas tote that fits it all. Now $19.",
      "Wide straw hat for sunny days. Now $29.",
    ]);
    expect(rendered.cards?.[1]?.header).toEqual({
      kind: "image",
      url: "https://cdn.example.com/t.jpg",
      source: "value",
    });
    expect(rendered.cards?.[0]?.header).toMatchObject({ source: "example" });
    expect(rendered.cards?.[2]?.buttons[0]).toMatchObject({
      url: "https://shop.example.com/p/straw-hat",
      urlSource: "example",
    });
  });

  it("gives a template without cards none", () => {
    expect(renderTemplate(catalog.find((t) => t.name === "order_update")!, { variables: {} }).cards).toBeUndefined();
  });
});

describe("templateMessageSchema on a carousel", () => {
  it("sends the body's and every card's parameters, in order, under the card_N_ names", () => {
    const result = schema.safeParse(filled);
    expect(result.success).toBe(true);
    expect(result.data?.parameters).toEqual([
      { name: "body_1", value: "Ana" },
      { name: "card_1_header_image", value: "https://cdn.example.com/linen-shirt.jpg" },
      { name: "card_1_body_1", value: "$30" },
      { name: "card_1_button_1_url", value: "linen-shirt?ref=wa" },
      { name: "card_2_header_image", value: "https://cdn.example.com/canvas-tote.jpg" },
      { name: "card_2_body_1", value: "$31" },
      { name: "card_2_button_1_url", value: "canvas-tote?ref=wa" },
      { name: "card_3_header_image", value: "https://cdn.example.com/straw-hat.jpg" },
      { name: "card_3_body_1", value: "$32" },
      { name: "card_3_button_1_url", value: "straw-hat?ref=wa" },
    ]);
  });

  it("requires every card's fields, each at its own field", () => {
    expect(errors(withVariables({ card_3_header_image: "", card_2_body_1: " ", card_1_button_1_url: "" }))).toEqual({
      "variables.card_3_header_image": "Enter the URL of the file.",
      "variables.card_2_body_1": "Enter a value for {{1}}.",
      "variables.card_1_button_1_url": "Enter the end of the link that follows https://shop.example.com/p/",
    });
  });

  it("checks a card's media URL, variable text and link as the template's own are checked", () => {
    expect(
      errors(
        withVariables({
          card_1_header_image: "https://192.168.1.4/a.jpg",
          card_2_body_1: "$5\n$6",
          card_3_button_1_url: "a b",
        }),
      ),
    ).toEqual({
      "variables.card_1_header_image": expect.stringMatching(/not public/),
      "variables.card_2_body_1": expect.stringMatching(/line breaks/),
      "variables.card_3_button_1_url": "A link cannot contain spaces or invisible characters.",
    });
    const long = errors(withVariables({ card_2_button_1_url: "x".repeat(2000) }));
    expect(long["variables.card_2_button_1_url"]).toMatch(/within 2,000 characters/);
  });

  // "Canvas tote that fits it all. Now {{1}}." is 36 characters without its value.
  const CARD_2_WITHOUT_PRICE = "Canvas tote that fits it all. Now .".length;

  it("accepts a card body of exactly 160 characters once filled in, counting an emoji as one", () => {
    expect(errors(withVariables({ card_2_body_1: "9".repeat(160 - CARD_2_WITHOUT_PRICE) }))).toEqual({});
    expect(errors(withVariables({ card_2_body_1: "👍🏽".repeat(160 - CARD_2_WITHOUT_PRICE) }))).toEqual({});
  });

  it("refuses a card body over 160 characters once filled in, at that card's body field only", () => {
    expect(errors(withVariables({ card_2_body_1: "9".repeat(161 - CARD_2_WITHOUT_PRICE) }))).toEqual({
      "variables.card_2_body_1": "With these values card 2's body has 161 of 160 characters: shorten them by 1.",
    });
  });

  it("still measures the message body against 1,024, not a card's 160", () => {
    const found = errors(withVariables({ body_1: "a".repeat(1000) }));
    expect(Object.keys(found)).toEqual(["variables.body_1"]);
    expect(found["variables.body_1"]).toMatch(/^With these values the body has 1,0\d\d of 1,024 characters/);
    expect(errors(withVariables({ body_1: "a".repeat(200) }))).toEqual({});
  });
});

describe("a carousel that cannot be sent as listed", () => {
  const misread = (cards: NonNullable<typeof carousel.carousel>) =>
    templateMessageSchema(catalog.map((t) => (t === carousel ? { ...carousel, carousel: cards } : t)));
  const cards = carousel.carousel!;

  it("is refused at the Template field with one card or eleven", () => {
    for (const count of [1, 11]) {
      const listed = Array.from({ length: count }, () => cards[0]!);
      const result = misread(listed).safeParse(filled);
      expect(result.success ? {} : fieldErrorsFrom(result.error)).toEqual({
        templateName: expect.stringMatching(new RegExp(`arrived with ${count} cards?; WhatsApp sends 2 to 10`)),
      });
    }
  });

  it("is refused when a card has more than two buttons", () => {
    const crowded = cards.map((card, i) =>
      i === 1 ? { ...card, buttons: [...card.buttons, card.buttons[1]!] } : card,
    );
    const result = misread(crowded).safeParse(filled);
    expect(result.success ? {} : fieldErrorsFrom(result.error)).toEqual({
      templateName: expect.stringMatching(/^Card 2 of spring_collection arrived with more than 2 buttons/),
    });
  });
});

describe("Edit as new of a carousel", () => {
  it("restores every card's values, which rebuild the very same request", () => {
    const sent = schema.parse(filled);
    const values = templateValuesFromRequest(JSON.parse(JSON.stringify(sent)));
    expect(values.variables).toEqual(filled.variables);
    expect(schema.parse(values)).toEqual(sent);
  });

  it("keeps an empty value listed while the form is half filled, so the JSON shows every card", () => {
    const request = buildTemplateRequest(
      { ...templateDefaults, templateName: "spring_collection", language: "en" },
      carousel,
    );
    expect(request.parameters?.map((p) => p.name)).toHaveLength(10);
    expect(request.parameters?.every((p) => p.value === "")).toBe(true);
  });
});
