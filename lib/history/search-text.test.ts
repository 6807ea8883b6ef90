import { describe, expect, test } from "vitest";
import { searchTextOf } from "./search-text";

describe("the text history search looks in", () => {
  test("holds the name, the campaign and every string of the message, one per line, in lower case", () => {
    const text = searchTextOf({
      recipientName: "Ana Silva",
      campaignName: "spring_sale",
      request: {
        sender: { id: "+14151111234", channelType: "whatsapp" },
        recipient: { id: "+16044441111", channelType: "whatsapp", name: "Ana Silva" },
        message: {
          text: "Pick a size",
          listMessage: {
            button: { text: "Choose" },
            sections: [{ title: "Sizes", rows: [{ id: "s", text: "Small", description: "Fits most" }] }],
          },
        },
        callbackData: { ticket: "T-9" },
      },
    });
    expect(text.split("\n")).toEqual([
      "ana silva",
      "spring_sale",
      "pick a size",
      "choose",
      "sizes",
      "s",
      "small",
      "fits most",
    ]);
  });

  test("holds a template's name and parameter values, and skips what is blank or missing", () => {
    const text = searchTextOf({
      recipientName: "",
      campaignName: null,
      request: {
        number: "+16044441111",
        templateName: "order_update",
        language: "en_US",
        parameters: [{ name: "body_1", value: "Ana" }, { name: "body_2", value: "#4521" }, { name: "x" }],
      },
    });
    expect(text).toBe("order_update\nana\n#4521");
    expect(searchTextOf({ request: null })).toBe("");
  });
});
