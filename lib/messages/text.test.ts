import { describe, expect, it } from "vitest";
import { newSendKey, withSendKey } from "./send-key";
import { type TextValues, textDefaults, textMessageSchema } from "./text";

function values(overrides: Partial<TextValues> & { text?: string } = {}): TextValues {
  const { text = "Hello", ...rest } = overrides;
  return { ...textDefaults, recipient: { id: "+16044441111", name: "" }, message: { text }, ...rest };
}

function errorsOf(input: unknown): Record<string, string> {
  const result = textMessageSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("text message schema", () => {
  it("produces the seed's multi-sender text example exactly", () => {
    const request = textMessageSchema.parse(
      values({ senderId: "+14151111234", text: "Hello, this is a text message!" }),
    );
    expect(JSON.stringify(request)).toBe(
      JSON.stringify({
        sender: { id: "+14151111234", channelType: "whatsapp" },
        recipient: { id: "+16044441111", channelType: "whatsapp" },
        message: { text: "Hello, this is a text message!" },
      }),
    );
  });

  it("leaves out blank optional fields", () => {
    const request = textMessageSchema.parse(values({ campaignName: "  ", callbackData: "" }));
    expect(request).toEqual({
      recipient: { id: "+16044441111", channelType: "whatsapp" },
      message: { text: "Hello" },
    });
  });

  it("carries the recipient name, campaign name and parsed callback data", () => {
    const request = textMessageSchema.parse(
      values({
        recipient: { id: " +16044441111 ", name: "Ana" },
        campaignName: "test_campaign_2022-03-12",
        callbackData: '{"ticket": 42}',
      }),
    );
    expect(request).toMatchObject({
      recipient: { id: "+16044441111", name: "Ana" },
      campaignName: "test_campaign_2022-03-12",
      callbackData: { ticket: 42 },
    });
  });

  it("accepts a BSUID as the recipient", () => {
    expect(errorsOf(values({ recipient: { id: "US.13491208655302741918", name: "" } }))).toEqual({});
  });

  it("rejects a number without the plus and country code, asking for the rest of it or its country code", () => {
    expect(errorsOf(values({ recipient: { id: "6044441111", name: "" } }))["recipient.id"]).toMatch(
      /add the rest of the digits, or start with \+ and the country code/,
    );
  });

  it("rejects a number too short for its country code, saying so", () => {
    expect(errorsOf(values({ recipient: { id: "+1604444", name: "" } }))["recipient.id"]).toMatch(/^Too short/);
  });

  it("requires the message text", () => {
    expect(errorsOf(values({ text: "   " }))["message.text"]).toBe("Write the message text.");
  });

  it("accepts exactly 4,096 characters and refuses 4,097", () => {
    expect(errorsOf(values({ text: "a".repeat(4096) }))).toEqual({});
    expect(errorsOf(values({ text: "a".repeat(4097) }))["message.text"]).toMatch(/4,097 of 4,096/);
  });

  it("counts an emoji as one character against the limit", () => {
    expect(errorsOf(values({ text: "👨‍👩‍👧‍👦".repeat(4096) }))).toEqual({});
    expect(errorsOf(values({ text: "👨‍👩‍👧‍👦".repeat(4097) }))["message.text"]).toBeDefined();
  });

  it("refuses callback data that is not JSON", () => {
    expect(errorsOf(values({ callbackData: "{ticket: 1}" })).callbackData).toMatch(/Not valid JSON/);
  });

  it("refuses callback data that would not fit in Connectly's 1,024 bytes beside the send key", () => {
    const ok = JSON.stringify("x".repeat(974));
    const big = JSON.stringify("x".repeat(975));
    expect(errorsOf(values({ callbackData: ok }))).toEqual({});
    expect(errorsOf(values({ callbackData: big })).callbackData).toMatch(/977 of 976 bytes/);
    const tracked = withSendKey(textMessageSchema.parse(values({ callbackData: ok })), newSendKey());
    expect(new TextEncoder().encode(JSON.stringify(tracked.callbackData)).length).toBe(1024);
  });

  it("measures callback data in UTF-8 bytes, not characters", () => {
    const euros = JSON.stringify("€".repeat(400));
    expect(errorsOf(values({ callbackData: euros })).callbackData).toMatch(/1,202 of 976 bytes/);
  });

  it("refuses control characters hidden in callback data's JSON escapes", () => {
    expect(errorsOf(values({ callbackData: '{"a": "x\\u0000y"}' })).callbackData).toMatch(/control character/);
    expect(errorsOf(values({ callbackData: '{"note": "line one\\nline two"}' }))).toEqual({});
  });

  it("refuses a sender that is not an E.164 number", () => {
    expect(errorsOf(values({ senderId: "4151111234" })).senderId).toBeDefined();
  });
});
