import { describe, expect, it } from "vitest";
import { mediaExtensionWarning, mediaHint, urlExtension } from "./media";

describe("mediaExtensionWarning", () => {
  it("warns about a GIF image in the hint's own words", () => {
    expect(mediaExtensionWarning("image", "https://example.com/cat.gif")).toBe(
      "This link ends in .gif, not a JPEG or PNG: WhatsApp will refuse the file unless it is one after all.",
    );
    expect(mediaHint("image")).toBe("A public link to a JPEG or PNG, up to 5 MB.");
  });

  it("names each kind's formats in its hint and its warning alike", () => {
    for (const [kind, url] of [
      ["video", "https://example.com/a.mov"],
      ["audio", "https://example.com/a.wav"],
      ["document", "https://example.com/a.zip"],
    ] as const) {
      const formats = /^A public link to (.+), up to/.exec(mediaHint(kind))?.[1];
      expect(mediaExtensionWarning(kind, url)).toContain(`, not ${formats}:`);
    }
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
