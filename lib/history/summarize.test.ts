import { describe, expect, test } from "vitest";
import { summarize } from "./summarize";

const to = { recipient: { id: "+16044441111", channelType: "whatsapp" } };

describe("a message's one line in history", () => {
  test("is what the customer reads first, without a tag repeating the Type column", () => {
    expect(
      summarize({
        ...to,
        message: {
          text: "Pick a *slot*",
          listMessage: { button: { text: "Slots" }, sections: [] },
        },
      }),
    ).toBe("Pick a *slot*");
    expect(summarize({ ...to, message: { attachments: [{ type: "image", url: "https://x.test/a.jpg" }] } })).toBe(
      "https://x.test/a.jpg",
    );
    expect(
      summarize({ ...to, message: { attachments: [{ type: "image", url: "https://x.test/a.jpg", caption: "Hi" }] } }),
    ).toBe("Hi");
    expect(summarize({ ...to, message: { location: { latitude: 49.28, longitude: -123.12 } } })).toBe("49.28, -123.12");
    expect(summarize({ number: "+16044441111", templateName: "order_shipped", language: "en_US" })).toBe(
      "order_shipped (en_US)",
    );
  });

  test("reads a template as the words kept when it was sent, and by its name for a row sent before they were kept", () => {
    const template = { number: "+16044441111", templateName: "order_shipped", language: "en_US" };
    expect(summarize(template, "Hi Ana, your order has shipped.")).toBe("Hi Ana, your order has shipped.");
    expect(summarize(template, null)).toBe("order_shipped (en_US)");
    // A session message's own words come from its request, whatever else is passed.
    expect(summarize({ number: "+16044441111", message: { text: "Hello" } }, "other words")).toBe("Hello");
  });

  test("reads only strings and numbers of a stored row that holds anything, never throwing", () => {
    const to = { number: "+16044441111" };
    expect(summarize({ ...to, message: { attachments: [{ type: "image", url: 42 }] } })).toBe("42");
    expect(summarize({ ...to, message: { attachments: [{ type: "image", url: { x: 1 } }] } })).toBe("");
    expect(summarize({ ...to, message: { text: ["not", "text"] } })).toBe("");
    expect(summarize({ ...to, message: { listMessage: {} } })).toBe("");
    expect(summarize({ ...to, message: { singleProductMessage: {} } })).toBe("");
  });

  test("is empty for a request that holds no message", () => {
    expect(summarize(null)).toBe("");
    expect(summarize({ ...to })).toBe("");
  });
});
