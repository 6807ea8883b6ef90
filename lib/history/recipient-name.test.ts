import { describe, expect, test } from "vitest";
import { shownName } from "./recipient-name";

describe("the name history shows under a number", () => {
  test("is the Recipient name typed with the send, even when the customer's WhatsApp name differs", () => {
    expect(shownName("Ada", "Ada Lovelace")).toEqual({ name: "Ada", fromWhatsApp: false });
  });

  test("is the customer's WhatsApp name, said to be that, when none was typed", () => {
    expect(shownName(null, "Ada Lovelace")).toEqual({ name: "Ada Lovelace", fromWhatsApp: true });
    expect(shownName("  ", "Ada Lovelace")).toEqual({ name: "Ada Lovelace", fromWhatsApp: true });
  });

  test("is none when neither is known", () => {
    expect(shownName(null, undefined)).toBeNull();
    expect(shownName("", " ")).toBeNull();
  });
});
