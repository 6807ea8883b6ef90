import { describe, expect, test } from "vitest";
import { textDefaults } from "@/lib/messages/text";
import { saysNothing } from "./draft-storage";

describe("saysNothing", () => {
  const addressed = { ...textDefaults, recipient: { id: "+16044441111", name: "" }, senderId: "+14155550123" };

  test("a draft that only has its address says nothing", () => {
    expect(saysNothing(addressed, textDefaults)).toBe(true);
  });

  test("a word of text, a recipient name or a campaign name is something said", () => {
    expect(saysNothing({ ...addressed, message: { text: "Hi" } }, textDefaults)).toBe(false);
    expect(saysNothing({ ...addressed, recipient: { id: "+16044441111", name: "Ada" } }, textDefaults)).toBe(false);
    expect(saysNothing({ ...addressed, campaignName: "spring" }, textDefaults)).toBe(false);
  });
});
