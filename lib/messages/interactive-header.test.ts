import { describe, expect, it } from "vitest";
import { buildHeader, emptyHeader, headerSchema } from "./interactive-header";

function errorsOf(input: unknown): Record<string, string> {
  const result = headerSchema(60).safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("buildHeader", () => {
  it("sends nothing for None, whatever the other inputs hold", () => {
    expect(buildHeader({ ...emptyHeader, text: "Hi", url: "https://example.com/a.png" })).toBeUndefined();
  });

  it("sends the trimmed text for a text header, and nothing while it is blank", () => {
    expect(buildHeader({ ...emptyHeader, type: "text", text: " Today only " })).toEqual({ text: "Today only" });
    expect(buildHeader({ ...emptyHeader, type: "text", text: "  " })).toBeUndefined();
  });

  it("sends media as an attachment, with the file name for documents only", () => {
    const url = "https://example.com/menu.pdf";
    expect(buildHeader({ type: "document", text: "", url, filename: "Menu.pdf" })).toEqual({
      attachment: { type: "document", url, filename: "Menu.pdf" },
    });
    expect(buildHeader({ type: "video", text: "", url, filename: "Menu.pdf" })).toEqual({
      attachment: { type: "video", url },
    });
    expect(buildHeader({ type: "document", text: "", url, filename: " " })).toEqual({
      attachment: { type: "document", url },
    });
  });

  it("sends no media header until there is a URL", () => {
    expect(buildHeader({ ...emptyHeader, type: "image", url: " " })).toBeUndefined();
  });

  it("tolerates a missing header", () => {
    expect(buildHeader(undefined)).toBeUndefined();
  });
});

describe("headerSchema", () => {
  it("checks only the inputs of the chosen type", () => {
    expect(errorsOf({ ...emptyHeader, text: "x".repeat(61), url: "nope" })).toEqual({});
    expect(errorsOf({ ...emptyHeader, type: "image", text: "x".repeat(61), url: "https://example.com/a.png" })).toEqual(
      {},
    );
  });

  it("requires the text of a text header and limits it", () => {
    expect(errorsOf({ ...emptyHeader, type: "text" })).toEqual({
      text: "Write the header text, or set Header type to None.",
    });
    expect(errorsOf({ ...emptyHeader, type: "text", text: "x".repeat(60) })).toEqual({});
    expect(errorsOf({ ...emptyHeader, type: "text", text: "x".repeat(61) })).toEqual({
      text: "Too long: 61 of 60 characters.",
    });
  });

  it("requires a public URL for a media header", () => {
    expect(errorsOf({ ...emptyHeader, type: "video", url: "https://localhost/a.mp4" }).url).toMatch(/not public/);
  });

  it("refuses an unknown header type", () => {
    expect(errorsOf({ ...emptyHeader, type: "audio" }).type).toBe("Choose a header type.");
  });
});
