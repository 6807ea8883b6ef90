import { describe, expect, it } from "vitest";
import { mediaExtensionWarning, urlExtension } from "./media";

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
