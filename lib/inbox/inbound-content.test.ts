import { describe, expect, it } from "vitest";
import { readInbound, summarizeInbound } from "./inbound-content";

describe("reading an inbound message", () => {
  it("reads Connectly's button reply beside the message, with the message it answers", () => {
    expect(
      readInbound({
        sender: { id: "+16044441111", name: "Ada" },
        message: { id: "m1" },
        context: { replyToId: "01JOFFER" },
        buttonResponse: { text: "Yes", payload: "yes" },
      }),
    ).toEqual({
      kind: "button_reply",
      text: "Yes",
      content: { button: { text: "Yes", payload: "yes" } },
      replyToId: "01JOFFER",
      messageId: "m1",
      customerName: "Ada",
    });
  });

  it("keeps what it cannot show as unsupported instead of refusing it", () => {
    expect(readInbound({ message: { sticker: { id: "s" } } })).toMatchObject({ kind: "unsupported", text: null });
  });

  it("takes a location's numbers written as strings", () => {
    expect(readInbound({ message: { location: { latitude: "49.2", longitude: "-123.1" } } })).toMatchObject({
      kind: "location",
      content: { location: { latitude: 49.2, longitude: -123.1 } },
    });
  });

  it("sums a message up in one line for the Inbox", () => {
    expect(summarizeInbound("attachment", "Broken", { attachment: { type: "image", url: "u" } })).toBe("Photo: Broken");
    expect(summarizeInbound("attachment", null, { attachment: { type: "audio", url: "u" } })).toBe("Voice message");
    expect(summarizeInbound("button_reply", "Yes", {})).toBe("Replied: Yes");
    expect(summarizeInbound("reaction", "👍", {})).toBe("Reacted 👍");
  });
});
