import { describe, expect, it } from "vitest";
import { documentKind, formatDuration, urlFileName, urlHost } from "./attachment-file";

describe("documentKind", () => {
  it.each([
    ["report.pdf", "PDF", "#e5252a"],
    ["letter.docx", "DOCX", "#2b579a"],
    ["sheet.xlsx", "XLSX", "#1d7044"],
    ["deck.pptx", "PPTX", "#d24726"],
    ["notes.txt", "TXT", "#8696a0"],
  ])("colours %s as %s", (name, label, color) => {
    expect(documentKind(name, "")).toEqual({ label, color });
  });

  it("falls back to the URL's extension, then to FILE", () => {
    expect(documentKind("", "https://example.com/a.PDF?x=1").label).toBe("PDF");
    expect(documentKind("", "https://cdn.example.com/26fa1308")).toEqual({ label: "FILE", color: "#8696a0" });
  });
});

describe("urlFileName and urlHost", () => {
  it("decodes the last path segment and keeps a malformed one as it is", () => {
    expect(urlFileName("https://example.com/a/b%20c.pdf")).toBe("b c.pdf");
    expect(urlFileName("https://example.com/a/%E0%A4%A.pdf")).toBe("%E0%A4%A.pdf");
    expect(urlFileName("not a url")).toBe("");
  });

  it("gives the host only for a URL", () => {
    expect(urlHost(" https://cdn.example.com:8443/a ")).toBe("cdn.example.com:8443");
    expect(urlHost("cdn.example.com/a")).toBe("");
  });
});

describe("formatDuration", () => {
  it("writes minutes and seconds, and hours only when there are some", () => {
    expect(formatDuration(5.4)).toBe("0:05");
    expect(formatDuration(65)).toBe("1:05");
    expect(formatDuration(3725)).toBe("1:02:05");
  });

  it("has nothing to say while the length is unknown", () => {
    expect(formatDuration(Number.NaN)).toBeNull();
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
