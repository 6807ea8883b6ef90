import { describe, expect, it } from "vitest";
import { sendTemplate } from "@/test-support/sandbox-requests";
import { createSandbox } from "./handler";

type Parameter = { name: string; value: string };

const CUSTOMER = "+16044441111";

/** A complete, valid send of the approved spring_collection carousel: a body variable and three cards. */
function springCollection(change: (parameters: Parameter[]) => Parameter[] = (p) => p): Record<string, unknown> {
  const cards = ["linen-shirt", "canvas-tote", "straw-hat"].flatMap((slug, i) => [
    { name: `card_${i + 1}_header_image`, value: `https://cdn.example.com/${slug}.jpg` },
    { name: `card_${i + 1}_body_1`, value: `$${20 + i}` },
    { name: `card_${i + 1}_button_1_url`, value: slug },
  ]);
  return {
    number: CUSTOMER,
    templateName: "spring_collection",
    language: "en",
    parameters: change([{ name: "body_1", value: "Ana" }, ...cards]),
  };
}

const setParameter = (name: string, value: string) =>
  springCollection((parameters) => parameters.map((p) => (p.name === name ? { name, value } : p)));

async function answer(body: unknown): Promise<{ status: number; code?: unknown; message?: unknown }> {
  const response = await sendTemplate(createSandbox(), body);
  const json = (await response.json()) as Record<string, unknown>;
  return { status: response.status, code: json.code, message: json.message };
}

async function expectInvalid(body: unknown, message: RegExp) {
  const { status, code, message: text } = await answer(body);
  expect({ status, code }).toEqual({ status: 400, code: "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID" });
  expect(text).toMatch(message);
}

// "Linen shirt, light and breezy. Now {{1}}." without its variable.
const CARD_1_BODY_WITHOUT_PRICE = "Linen shirt, light and breezy. Now .".length;

describe("template send: a carousel", () => {
  it("accepts the body variable and every card's image, body variable and URL suffix", async () => {
    const { status } = await answer(springCollection());
    expect(status).toBe(200);
  });

  it("refuses a card left out", async () => {
    const body = springCollection((parameters) => parameters.filter(({ name }) => !name.startsWith("card_3_")));
    await expectInvalid(body, /card_3_header_image is missing/);
  });

  it("refuses a card's URL suffix left out", async () => {
    const body = springCollection((parameters) => parameters.filter(({ name }) => name !== "card_2_button_1_url"));
    await expectInvalid(body, /card_2_button_1_url is missing/);
  });

  it("refuses a card the template does not have", async () => {
    const body = springCollection((parameters) => [
      ...parameters,
      { name: "card_4_header_image", value: "https://cdn.example.com/x.jpg" },
    ]);
    await expectInvalid(body, /takes no parameter card_4_header_image/);
  });

  it("refuses a card parameter past WhatsApp's ten cards, and a card header of the wrong kind", async () => {
    const eleventh = springCollection((parameters) => [...parameters, { name: "card_11_body_1", value: "x" }]);
    await expectInvalid(eleventh, /unknown parameter "card_11_body_1"/);
    const video = springCollection((parameters) => [
      ...parameters,
      { name: "card_1_header_video", value: "https://cdn.example.com/x.mp4" },
    ]);
    await expectInvalid(video, /takes no parameter card_1_header_video/);
  });

  it("refuses a card image that is not an http(s) URL", async () => {
    await expectInvalid(setParameter("card_2_header_image", "canvas-tote.jpg"), /card_2_header_image must be/);
  });

  it("accepts a card body of exactly 160 characters after substitution, and refuses 161", async () => {
    const exactly = setParameter("card_1_body_1", "9".repeat(160 - CARD_1_BODY_WITHOUT_PRICE));
    expect((await answer(exactly)).status).toBe(200);
    const over = setParameter("card_1_body_1", "9".repeat(161 - CARD_1_BODY_WITHOUT_PRICE));
    await expectInvalid(over, /card 1's body is 161 characters .* over the 160 allowed/);
  });
});
