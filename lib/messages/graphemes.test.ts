import { describe, expect, it } from "vitest";
import { graphemeLength, truncateGraphemes, utf8Length } from "./graphemes";

describe("graphemeLength", () => {
  it("counts a family emoji, a flag and a skin-toned thumb as one each", () => {
    expect(graphemeLength("👨‍👩‍👧‍👦🇧🇷👍🏽")).toBe(3);
  });

  it("counts combining accents with their letter", () => {
    expect(graphemeLength("e\u0301")).toBe(1);
  });

  it("counts CRLF as one character", () => {
    expect(graphemeLength("a\r\nb")).toBe(3);
  });

  it("counts Arabic letters one by one", () => {
    expect(graphemeLength("مرحبا")).toBe(5);
  });
});

describe("truncateGraphemes", () => {
  it("never splits an emoji", () => {
    expect(truncateGraphemes("ab👨‍👩‍👧‍👦cd", 3)).toBe("ab👨‍👩‍👧‍👦");
  });
});

describe("utf8Length", () => {
  it("counts bytes", () => {
    expect(utf8Length("€")).toBe(3);
  });
});
