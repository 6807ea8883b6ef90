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

describe("graphemeLength against the segmenter", () => {
  const pieces = [
    "a",
    "b",
    " ",
    "\r",
    "\n",
    "1",
    "e\u0301",
    "\u0301",
    "👍🏽",
    "👨‍👩‍👧",
    "🇧🇷",
    "\u0600",
    "مرحبا",
    "#️⃣",
    "\u200d",
    "é",
    "中",
  ];
  const reference = (text: string) =>
    [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].length;

  it("agrees on ten thousand random mixes of ASCII, marks, emoji and scripts", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let run = 0; run < 10_000; run++) {
      let text = "";
      const length = Math.floor(random() * 12);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)];
      expect(graphemeLength(text), JSON.stringify(text)).toBe(reference(text));
    }
  });

  it("counts a text it counted before the same, after more other texts than it remembers", () => {
    const family = "👨‍👩‍👧 and 🇨🇦";
    expect(graphemeLength(family)).toBe(7);
    for (let i = 0; i < 200; i++) expect(graphemeLength(`${"é".repeat(i)}x`)).toBe(i + 1);
    expect(graphemeLength(family)).toBe(7);
  });

  it("keeps a prepended mark with the digit after it", () => {
    expect(graphemeLength("\u06001 a")).toBe(reference("\u06001 a"));
  });
});
