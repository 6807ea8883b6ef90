import { describe, expect, it } from "vitest";
import { optionsSummary } from "./options-fields";

describe("optionsSummary", () => {
  it("names what the options hold when nothing is set", () => {
    expect(optionsSummary("", "")).toBe("campaign name, callback data");
    expect(optionsSummary(undefined, "  ")).toBe("campaign name, callback data");
  });

  it("shows a campaign that is set, so it is not carried into unrelated sends unseen", () => {
    expect(optionsSummary("black-friday", "")).toBe("Campaign: black-friday");
    expect(optionsSummary("black-friday", '{"ticket": 4521}')).toBe("Campaign: black-friday · callback data set");
    expect(optionsSummary("", '{"ticket": 4521}')).toBe("callback data set");
  });

  it("cuts a long campaign name short without splitting a character", () => {
    const summary = optionsSummary(`${"a".repeat(38)}🎉🎉🎉`, "");
    expect(summary).toBe(`Campaign: ${"a".repeat(38)}🎉…`);
  });
});
