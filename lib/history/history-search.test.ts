import { describe, expect, test } from "vitest";
import { parseSearch } from "./history-search";

describe("the history search box", () => {
  test("looks for one customer when the term is a whole number in any form", () => {
    expect(parseSearch("1 (604) 444-1111", "US")).toEqual({ kind: "number", recipient: "+16044441111" });
  });

  test("looks for every word, for the term as an id, and for a number's start when it reads as one", () => {
    expect(parseSearch("  order   shipped ", "US")).toEqual({
      kind: "text",
      words: ["order", "shipped"],
      id: "order   shipped",
      recipientPrefix: undefined,
    });
    expect(parseSearch("+1 604", "US")).toEqual({
      kind: "text",
      words: ["+1", "604"],
      id: "+1 604",
      recipientPrefix: "+1604",
    });
  });

  test("is no search when blank", () => {
    expect(parseSearch(" ", "US")).toBeUndefined();
  });
});
