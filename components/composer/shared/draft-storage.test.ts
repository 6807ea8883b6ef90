import { describe, expect, test } from "vitest";
import { textDefaults } from "@/lib/messages/text";
import { saysNothing } from "./draft-storage";

describe("saysNothing", () => {
  const addressed = { ...textDefaults, recipient: { id: "+16044441111", name: "" }, senderId: "+14155550123" };

  test("a draft that only has its address, a recipient name included, says nothing", () => {
    expect(saysNothing(addressed, textDefaults)).toBe(true);
    // A reply just sent keeps the name it went to: its draft is still nothing said.
    expect(saysNothing({ ...addressed, recipient: { id: "+16044441111", name: "Ada" } }, textDefaults)).toBe(true);
  });

  test("a word of text or a campaign name is something said", () => {
    expect(saysNothing({ ...addressed, message: { text: "Hi" } }, textDefaults)).toBe(false);
    expect(saysNothing({ ...addressed, campaignName: "spring" }, textDefaults)).toBe(false);
  });
});
