import { describe, expect, it } from "vitest";
import { withFixedEnvelope } from "./composer-seed";

const values = {
  recipient: { id: "+12015550199", name: "Ada" },
  senderId: "+14155550100",
  campaignName: "",
  callbackData: "",
  message: { text: "It left this morning" },
};
const thread = { customer: "+16044441111", customerName: "Ada Lovelace", businessNumber: "+12015550100" };

describe("withFixedEnvelope", () => {
  it("sends a conversation's reply to its customer from its number whatever the form holds", () => {
    expect(withFixedEnvelope(values, thread)).toEqual({
      ...values,
      recipient: { id: "+16044441111", name: "Ada" },
      senderId: "+12015550100",
    });
  });

  it("keeps the sender chosen in the form when the thread's business number is not known", () => {
    expect(withFixedEnvelope(values, { ...thread, businessNumber: "" }).senderId).toBe("+14155550100");
  });

  it("leaves the values as they are where the page fixes nothing", () => {
    expect(withFixedEnvelope(values, undefined)).toBe(values);
  });
});
