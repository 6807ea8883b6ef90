import { describe, expect, it } from "vitest";
import { mediaExtensionWarning, mediaUrlProblem, urlExtension } from "./media";

describe("mediaUrlProblem", () => {
  it("accepts a public https URL", () => {
    expect(mediaUrlProblem("https://example.com/image.jpg")).toBeNull();
  });

  it("refuses a blank URL", () => {
    expect(mediaUrlProblem("  ")).toMatch(/Enter the URL/);
  });

  it("refuses something that is not a URL", () => {
    expect(mediaUrlProblem("example.com/image.jpg")).toMatch(/full URL/);
  });

  it("refuses other protocols", () => {
    expect(mediaUrlProblem("ftp://example.com/a.jpg")).toMatch(/http/);
  });

  it("refuses addresses Connectly cannot reach", () => {
    expect(mediaUrlProblem("http://localhost:3000/a.png")).toMatch(/not public/);
    expect(mediaUrlProblem("http://192.168.1.4/a.png")).toMatch(/not public/);
    expect(mediaUrlProblem("http://intranet/a.png")).toMatch(/not public/);
  });
});

describe("mediaExtensionWarning", () => {
  it("warns about a GIF image", () => {
    expect(mediaExtensionWarning("image", "https://example.com/cat.gif")).toMatch(/\.gif image/);
  });

  it("accepts the seed's extension-less CDN URL silently", () => {
    expect(
      mediaExtensionWarning("image", "https://cdn.connectly.ai/26fa/26fa1308-d328-41c9-a6a1-d5f4225a3768"),
    ).toBeNull();
  });

  it("ignores the query string", () => {
    expect(urlExtension("https://example.com/a.PDF?sig=1.2")).toBe("pdf");
    expect(mediaExtensionWarning("document", "https://example.com/a.PDF?sig=1.2")).toBeNull();
  });
});
