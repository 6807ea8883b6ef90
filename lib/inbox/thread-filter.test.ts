import { describe, expect, test } from "vitest";
import { formatThreadFilter, parseThreadFilter } from "./thread-filter";

describe("the Inbox's filters in its address", () => {
  test("reads the names it knows and drops the rest", () => {
    expect(parseThreadFilter("mine,unread,everything")).toEqual({ mine: true, unread: true });
    expect(parseThreadFilter(["open", "mine"])).toEqual({ open: true, mine: true });
    expect(parseThreadFilter(null)).toEqual({});
    expect(parseThreadFilter("")).toEqual({});
  });

  test("writes one address for one set of filters, whatever order they were chosen in", () => {
    expect(formatThreadFilter({ mine: true, open: true })).toBe("open,mine");
    expect(formatThreadFilter({ unread: false })).toBe("");
    expect(parseThreadFilter(formatThreadFilter({ unread: true, open: true }))).toEqual({ open: true, unread: true });
  });
});
