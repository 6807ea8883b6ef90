import { describe, expect, test } from "vitest";
import { filtersQuery } from "./apply-on-change";

describe("the address a changed filter loads", () => {
  test("keeps every filter the form holds, the search text included", () => {
    expect(
      filtersQuery([
        ["q", "refund please"],
        ["status", "failed"],
        ["type", "text"],
      ]),
    ).toBe("?q=refund+please&status=failed&type=text");
  });

  test("leaves out the filters set to Any and blank text, so the address stays as short as a link to it", () => {
    expect(
      filtersQuery([
        ["q", "  "],
        ["status", ""],
        ["sentBy", "user-1"],
      ]),
    ).toBe("?sentBy=user-1");
    expect(filtersQuery([["status", ""]])).toBe("");
  });
});
