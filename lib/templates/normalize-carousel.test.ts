import { describe, expect, it } from "vitest";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { normalizeTemplates } from "./normalize";
import type { TemplateCard } from "./types";

/** One approved template whose components are `components`, read as Connectly's own or Meta's raw list. */
function normalizeOne(components: unknown[], where: "templateComponents" | "meta" = "templateComponents") {
  const template =
    where === "meta" ? { externalTemplate: { whatsapp: { components } } } : { templateComponents: components };
  const [definition] = normalizeTemplates({
    entity: {
      templateGroups: [
        { name: "picks", templates: [{ id: "t1", language: { code: "en" }, status: "APPROVED", ...template }] },
      ],
    },
  });
  return definition;
}

const shirt: TemplateCard = {
  header: { kind: "image", example: "https://x.example/shirt.jpg" },
  body: { text: "Shirt, now {{1}}", examples: ["$39"] },
  buttons: [
    { kind: "url", text: "Shop", url: "https://x.example/p/{{1}}", example: "https://x.example/p/shirt" },
    { kind: "quick_reply", text: "More" },
  ],
};

const connectlyCard = {
  header: { media: { type: "TYPE_IMAGE", example: ["https://x.example/shirt.jpg"] } },
  body: { text: { text: "Shirt, now {{1}}", example: ["$39"] } },
  buttons: {
    buttons: [
      { url: { text: "Shop", url: "https://x.example/p/{{1}}", example: ["https://x.example/p/shirt"] } },
      { quickReply: { text: "More" } },
    ],
  },
};
const connectlyComponents = Object.entries(connectlyCard).map(([key, value]) => ({ [key]: value }));

describe("normalizeTemplates on a carousel", () => {
  it("reads the sandbox's carousel: the body, then three cards with an image, a body and two buttons each", () => {
    const definition = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } }).find(
      (t) => t.name === "spring_collection",
    );
    expect(definition?.body.text).toMatch(/^Hi \{\{1\}\}, our \*spring collection\*/);
    expect(definition?.header).toBeUndefined();
    expect(definition?.carousel).toHaveLength(3);
    expect(definition?.carousel?.[1]).toEqual({
      header: { kind: "image", example: "https://shop.example.com/media/canvas-tote.jpg" },
      body: { text: "Canvas tote that fits it all. Now {{1}}.", examples: ["$24"] },
      buttons: [
        {
          kind: "url",
          text: "Shop now",
          url: "https://shop.example.com/p/{{1}}",
          example: "https://shop.example.com/p/canvas-tote",
        },
        { kind: "quick_reply", text: "More like this" },
      ],
    });
  });

  it("reads Meta's raw CAROUSEL component with each card's own components", () => {
    const definition = normalizeOne(
      [
        { type: "BODY", text: "Hi {{1}}", example: { body_text: [["Sam"]] } },
        {
          type: "CAROUSEL",
          cards: [
            {
              components: [
                { type: "HEADER", format: "IMAGE", example: { header_handle: ["https://x.example/shirt.jpg"] } },
                { type: "BODY", text: "Shirt, now {{1}}", example: { body_text: [["$39"]] } },
                {
                  type: "BUTTONS",
                  buttons: [
                    {
                      type: "URL",
                      text: "Shop",
                      url: "https://x.example/p/{{1}}",
                      example: ["https://x.example/p/shirt"],
                    },
                    { type: "QUICK_REPLY", text: "More" },
                  ],
                },
              ],
            },
            {
              components: [
                { type: "HEADER", format: "VIDEO" },
                { type: "BUTTONS", buttons: [{ type: "PHONE_NUMBER", text: "Call", phone_number: "+441234567890" }] },
              ],
            },
          ],
        },
      ],
      "meta",
    );
    expect(definition?.body).toEqual({ text: "Hi {{1}}", examples: ["Sam"] });
    expect(definition?.carousel).toEqual([
      shirt,
      {
        header: { kind: "video" },
        body: { text: "", examples: [] },
        buttons: [{ kind: "phone", text: "Call", phone: "+441234567890" }],
      },
    ]);
  });

  it.each([
    ["{carousel: {cards: [{components}]}}", { carousel: { cards: [{ components: connectlyComponents }] } }],
    [
      "{carousel: {cards: [{templateComponents}]}}",
      { carousel: { cards: [{ templateComponents: connectlyComponents }] } },
    ],
    ["{carousel: {cards: [{cardComponents}]}}", { carousel: { cards: [{ cardComponents: connectlyComponents }] } }],
    ["{carousel: {cards: [{header, body, buttons}]}}", { carousel: { cards: [connectlyCard] } }],
    ["{carousel: [{components}]}", { carousel: [{ components: connectlyComponents }] }],
  ])("reads Connectly-style cards written as %s", (_shape, carousel) => {
    expect(normalizeOne([{ body: { text: { text: "Picks" } } }, carousel])?.carousel).toEqual([shirt]);
  });

  it("gives a template without cards no carousel, and skips what a card cannot hold", () => {
    expect(normalizeOne([{ body: { text: { text: "Plain" } } }])?.carousel).toBeUndefined();
    expect(normalizeOne([{ carousel: { cards: [] } }])?.carousel).toBeUndefined();
    const [card] = normalizeOne([
      { carousel: { cards: [null, "x", { components: [{ carousel: { cards: [{}] } }, 7] }] } },
    ])?.carousel ?? [undefined];
    expect(card).toEqual({ body: { text: "", examples: [] }, buttons: [] });
  });
});
