import { describe, expect, it } from "vitest";
import { toCurl } from "./curl";

const target = { baseUrl: "https://api.connectly.ai", businessId: "b1" };

describe("toCurl", () => {
  it("writes the key as a shell variable", () => {
    const curl = toCurl({ recipient: { id: "+16044441111", channelType: "whatsapp" }, message: { text: "hi" } }, target);
    expect(curl).toContain('-H "X-API-Key: $CONNECTLY_API_KEY"');
    expect(curl).toContain("'https://api.connectly.ai/v1/businesses/b1/send/messages'");
  });

  it("escapes single quotes in the body so the command stays one argument", () => {
    const curl = toCurl(
      { recipient: { id: "+16044441111", channelType: "whatsapp" }, message: { text: "it's ok" } },
      target,
    );
    expect(curl).toContain(`"text": "it'\\''s ok"`);
  });
});
