import { describe, expect, it } from "vitest";
import { cutSegments, readMoreCut } from "./read-more";

const narrow = { lines: 3, charsPerLine: 10 };

describe("readMoreCut", () => {
  it("leaves a body that fits in the lines uncut", () => {
    expect(readMoreCut("one\ntwo\nthree", narrow)).toBeUndefined();
    expect(readMoreCut("x".repeat(30), narrow)).toBeUndefined();
  });

  it("cuts after the lines a long paragraph wraps to", () => {
    expect(readMoreCut("x".repeat(31), narrow)).toBe(30);
  });

  it("counts every line break as a line, even a blank one", () => {
    expect(readMoreCut("a\n\nb\nc", narrow)).toBe(5);
  });

  it("counts an emoji as one character", () => {
    expect(readMoreCut("👍".repeat(30), narrow)).toBeUndefined();
  });
});

describe("cutSegments", () => {
  it("keeps the segments' sources and drops trailing white space", () => {
    expect(
      cutSegments(
        [
          { text: "Hi ", source: "template" },
          { text: "Ana", source: "example", variable: "body_1" },
          { text: ", welcome \n to the shop", source: "template" },
        ],
        16,
      ),
    ).toEqual([
      { text: "Hi ", source: "template" },
      { text: "Ana", source: "example", variable: "body_1" },
      { text: ", welcome", source: "template" },
    ]);
  });
});
