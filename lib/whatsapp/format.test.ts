import { describe, expect, it } from "vitest";
import { type Block, type Inline, parseInlines, parseWhatsApp, plainText } from "./format";

const text = (value: string): Inline => ({ kind: "text", text: value });
const bold = (...children: Inline[]): Inline => ({ kind: "bold", children });
const italic = (...children: Inline[]): Inline => ({ kind: "italic", children });
const strike = (...children: Inline[]): Inline => ({ kind: "strike", children });
const link = (href: string, shown = href): Inline => ({ kind: "link", href, text: shown });
const paragraph = (...inlines: Inline[]): Block => ({ kind: "paragraph", inlines });

describe("inline styles", () => {
  it.each([
    ["*bold*", bold(text("bold"))],
    ["_italic_", italic(text("italic"))],
    ["~strike~", strike(text("strike"))],
  ])("formats %s", (input, expected) => {
    expect(parseInlines(input)).toEqual([expected]);
  });

  it("formats monospace and inline code without formatting what is inside them", () => {
    expect(parseInlines("```a *b* _c_```")).toEqual([{ kind: "mono", text: "a *b* _c_" }]);
    expect(parseInlines("run `npm *i*` now")).toEqual([text("run "), { kind: "code", text: "npm *i*" }, text(" now")]);
  });

  it("does not link URLs inside code", () => {
    expect(parseInlines("`https://example.com`")).toEqual([{ kind: "code", text: "https://example.com" }]);
  });

  it("formats a styled word among plain words", () => {
    expect(parseInlines("say *hi* now")).toEqual([text("say "), bold(text("hi")), text(" now")]);
  });
});

describe("opening marker boundary", () => {
  it("opens after whitespace or punctuation", () => {
    expect(parseInlines("a *b*")).toEqual([text("a "), bold(text("b"))]);
    expect(parseInlines("(*b*)")).toEqual([text("("), bold(text("b")), text(")")]);
  });

  it("does not open after a letter or digit: a*b*c and snake_case_name stay literal", () => {
    expect(parseInlines("a*b*c")).toEqual([text("a*b*c")]);
    expect(parseInlines("snake_case_name")).toEqual([text("snake_case_name")]);
    expect(parseInlines("2~3~")).toEqual([text("2~3~")]);
  });

  it("does not open before a space", () => {
    expect(parseInlines("* not bold*")).toEqual([text("* not bold*")]);
  });

  it("shows **double** with its asterisks", () => {
    expect(parseInlines("**double**")).toEqual([text("**double**")]);
    expect(parseInlines("__double__")).toEqual([text("__double__")]);
  });

  it("leaves an empty pair literal", () => {
    expect(parseInlines("** and __")).toEqual([text("** and __")]);
  });
});

describe("closing marker boundary", () => {
  it("closes before whitespace, punctuation or end of text", () => {
    expect(parseInlines("*a* b")).toEqual([bold(text("a")), text(" b")]);
    expect(parseInlines("*a*, b")).toEqual([bold(text("a")), text(", b")]);
    expect(parseInlines("*a*")).toEqual([bold(text("a"))]);
  });

  it("does not close after a space", () => {
    expect(parseInlines("*a *")).toEqual([text("*a *")]);
  });

  it("does not close before a letter, and closes at the next valid marker instead", () => {
    expect(parseInlines("*a*b")).toEqual([text("*a*b")]);
    expect(parseInlines("*a*b c*")).toEqual([bold(text("a*b c"))]);
  });

  it("closes at the nearest valid marker", () => {
    expect(parseInlines("*a* and *b*")).toEqual([bold(text("a")), text(" and "), bold(text("b"))]);
  });
});

describe("nesting", () => {
  it("nests styles", () => {
    expect(parseInlines("*_both_*")).toEqual([bold(italic(text("both")))]);
    expect(parseInlines("~_*all*_~")).toEqual([strike(italic(bold(text("all"))))]);
  });

  it("nests a style inside part of another", () => {
    expect(parseInlines("*bold _and italic_ text*")).toEqual([
      bold(text("bold "), italic(text("and italic")), text(" text")),
    ]);
  });

  it("leaves an inner marker literal when the outer style closes over it", () => {
    expect(parseInlines("*a _b* c_")).toEqual([bold(text("a _b")), text(" c_")]);
  });

  it("puts code inside a style", () => {
    expect(parseInlines("*see `x`*")).toEqual([bold(text("see "), { kind: "code", text: "x" })]);
  });
});

describe("unclosed markers", () => {
  it("shows unclosed markers as typed", () => {
    expect(parseInlines("*unclosed")).toEqual([text("*unclosed")]);
    expect(parseInlines("_open *and* more")).toEqual([text("_open "), bold(text("and")), text(" more")]);
    expect(parseInlines("```mono")).toEqual([text("```mono")]);
    expect(parseInlines("`code")).toEqual([text("`code")]);
  });

  it("does not take a triple backtick as the end of inline code", () => {
    expect(parseInlines("`a```")).toEqual([text("`a```")]);
  });
});

describe("lines", () => {
  it("never lets a marker span lines", () => {
    expect(parseWhatsApp("*a\nb*")).toEqual([paragraph(text("*a")), paragraph(text("b*"))]);
    expect(parseWhatsApp("_a\nb_ c")).toEqual([paragraph(text("_a")), paragraph(text("b_ c"))]);
  });

  it("keeps empty lines as blank paragraphs", () => {
    expect(parseWhatsApp("a\n\n\nb")).toEqual([paragraph(text("a")), paragraph(), paragraph(), paragraph(text("b"))]);
    expect(parseWhatsApp("")).toEqual([paragraph()]);
  });

  it("treats CRLF like LF", () => {
    expect(parseWhatsApp("a\r\nb")).toEqual([paragraph(text("a")), paragraph(text("b"))]);
  });
});

describe("lists and quotes", () => {
  it("makes bullets of lines starting with '* ' or '- '", () => {
    expect(parseWhatsApp("* one\n- *two*")).toEqual([
      { kind: "bullet", inlines: [text("one")] },
      { kind: "bullet", inlines: [bold(text("two"))] },
    ]);
  });

  it("makes numbered rows of lines starting with digits, a dot and a space, keeping the digits as typed", () => {
    expect(parseWhatsApp("1. one\n10. _ten_\n01. zero-one")).toEqual([
      { kind: "numbered", number: "1", inlines: [text("one")] },
      { kind: "numbered", number: "10", inlines: [italic(text("ten"))] },
      { kind: "numbered", number: "01", inlines: [text("zero-one")] },
    ]);
  });

  it("makes quotes of lines starting with '> '", () => {
    expect(parseWhatsApp("> said *this*")).toEqual([{ kind: "quote", inlines: [text("said "), bold(text("this"))] }]);
  });

  it("needs the marker at the very start of the line and a space after it", () => {
    expect(parseWhatsApp(" - a\n-a\n1.a\n>a\nx > y")).toEqual([
      paragraph(text(" - a")),
      paragraph(text("-a")),
      paragraph(text("1.a")),
      paragraph(text(">a")),
      paragraph(text("x > y")),
    ]);
  });
});

describe("code blocks", () => {
  it("makes a monospace block of fences on their own lines, without formatting inside", () => {
    expect(parseWhatsApp("before\n```\nconst *a* = 1;\n\n_b_\n```\nafter")).toEqual([
      paragraph(text("before")),
      { kind: "codeblock", text: "const *a* = 1;\n\n_b_" },
      paragraph(text("after")),
    ]);
  });

  it("keeps text that shares a line with the fences", () => {
    expect(parseWhatsApp("```first\nlast```")).toEqual([{ kind: "codeblock", text: "first\nlast" }]);
  });

  it("leaves an unclosed fence literal", () => {
    expect(parseWhatsApp("```\n*a*")).toEqual([paragraph(text("```")), paragraph(bold(text("a")))]);
  });

  it("leaves a fence that closes mid-line literal", () => {
    expect(parseWhatsApp("```a\nb``` c")).toEqual([paragraph(text("```a")), paragraph(text("b``` c"))]);
  });

  it("keeps a one-line fence inline", () => {
    expect(parseWhatsApp("```a```")).toEqual([paragraph({ kind: "mono", text: "a" })]);
  });
});

describe("links", () => {
  it("links http and https URLs", () => {
    expect(parseInlines("go to https://example.com/path?q=1 now")).toEqual([
      text("go to "),
      link("https://example.com/path?q=1"),
      text(" now"),
    ]);
    expect(parseInlines("http://example.com")).toEqual([link("http://example.com")]);
  });

  it("links www. addresses with an https href", () => {
    expect(parseInlines("www.example.com")).toEqual([link("https://www.example.com", "www.example.com")]);
  });

  it.each([".", ",", "!", "?", ":", ";", "'", '"'])("leaves a trailing %s out of the URL", (mark) => {
    expect(parseInlines(`https://example.com${mark}`)).toEqual([link("https://example.com"), text(mark)]);
  });

  it("leaves a closing bracket out unless the URL opened it", () => {
    expect(parseInlines("(https://example.com)")).toEqual([text("("), link("https://example.com"), text(")")]);
    expect(parseInlines("(https://en.wikipedia.org/wiki/Mercury_(planet)).")).toEqual([
      text("("),
      link("https://en.wikipedia.org/wiki/Mercury_(planet)"),
      text(")."),
    ]);
  });

  it("keeps underscores in a URL and still closes a style around it", () => {
    expect(parseInlines("_https://example.com/a_b_c_")).toEqual([italic(link("https://example.com/a_b_c"))]);
  });

  it("does not link a bare scheme, a URL glued to a word, or other schemes", () => {
    expect(parseInlines("https:// xhttps://a.com javascript:alert(1) ftp://a.com")).toEqual([
      text("https:// xhttps://a.com javascript:alert(1) ftp://a.com"),
    ]);
  });
});

describe("scripts and symbols", () => {
  it("passes emoji through intact and formats next to them", () => {
    expect(parseInlines("👋🏽*hi*👨‍👩‍👧 ❤️_x_")).toEqual([
      text("👋🏽"),
      bold(text("hi")),
      text("👨‍👩‍👧 ❤️"),
      italic(text("x")),
    ]);
  });

  it("passes Arabic and Hebrew through intact and formats them", () => {
    expect(parseWhatsApp("مرحبا *بالعالم*\n- שלום _עולם_")).toEqual([
      paragraph(text("مرحبا "), bold(text("بالعالم"))),
      { kind: "bullet", inlines: [text("שלום "), italic(text("עולם"))] },
    ]);
  });
});

describe("long input", () => {
  it("parses a 4,000-character formatted message line by line", () => {
    const line = "Hi *Ana*, your _order_ ~#12~ ships: https://example.com/t?id=1. `ok` 👍";
    const lines = Array.from({ length: Math.ceil(4000 / (line.length + 1)) }, () => line);
    const input = lines.join("\n").slice(0, 4000);
    const blocks = parseWhatsApp(input);
    expect(input).toHaveLength(4000);
    expect(blocks).toHaveLength(lines.length);
    expect(blocks[0]).toEqual(
      paragraph(
        text("Hi "),
        bold(text("Ana")),
        text(", your "),
        italic(text("order")),
        text(" "),
        strike(text("#12")),
        text(" ships: "),
        link("https://example.com/t?id=1"),
        text(". "),
        { kind: "code", text: "ok" },
        text(" 👍"),
      ),
    );
    expect(blocks.at(-2)).toEqual(blocks[0]);
  });

  it("keeps every character of a long line of unmatched markers", () => {
    const input = "*a _b ~c `d ".repeat(400);
    expect(parseWhatsApp(input)).toEqual([paragraph(text(input))]);
  });
});

describe("re-parsing a text after a keystroke", () => {
  it("returns the unchanged lines as the same blocks, so the preview can skip them, and the typed line anew", () => {
    const before = parseWhatsApp("Hi *Ana*\n- one\n> quoted");
    const after = parseWhatsApp("Hi *Ana*\n- one!\n> quoted");
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).toEqual({ kind: "bullet", inlines: [text("one!")] });
  });
});

describe("plainText", () => {
  it("keeps the words and drops the markers, nested or not, running lines on with a space", () => {
    expect(plainText("This *green* one")).toBe("This green one");
    expect(plainText("*bold _and italic_* ~gone~ `code`")).toBe("bold and italic gone code");
    expect(plainText("First line\n\nSecond at https://example.com/a")).toBe(
      "First line Second at https://example.com/a",
    );
  });

  it("keeps markers that format nothing, as WhatsApp shows them", () => {
    expect(plainText("2*3 = 6")).toBe("2*3 = 6");
  });
});
