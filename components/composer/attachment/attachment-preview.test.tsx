import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type AttachmentValues, attachmentDefaults, buildAttachmentRequest } from "@/lib/messages/attachment";
import type { AttachmentType } from "@/lib/messages/request";
import { AttachmentPreview } from "./attachment-preview";

function render(
  kind: AttachmentType,
  message: Partial<AttachmentValues["message"]>,
  theme: "light" | "dark" = "light",
) {
  const values: AttachmentValues = {
    ...attachmentDefaults,
    recipient: { id: "+16044441111", name: "Ana" },
    message: { ...attachmentDefaults.message, ...message },
  };
  return renderToStaticMarkup(<AttachmentPreview request={buildAttachmentRequest(kind, values)} theme={theme} />);
}

describe("AttachmentPreview", () => {
  it("shows the image itself, described by its caption", () => {
    const html = render("image", { url: "https://example.com/image.jpg", caption: "Check out this image!" });
    expect(html).toMatch(/<img src="https:\/\/example.com\/image.jpg" alt="Check out this image!"/);
    expect(html).not.toContain("Image could not be loaded");
  });

  it("describes an image without a caption as Image", () => {
    expect(render("image", { url: "https://example.com/a.png" })).toContain('alt="Image"');
  });

  it("asks for a Media URL while none is given, rather than saying an image failed", () => {
    const html = render("image", { url: "" });
    expect(html).not.toContain("<img");
    expect(html).toContain(">No image yet</p>");
    expect(html).toContain(">Add a Media URL</p>");
    expect(html).not.toContain("could not be loaded");
  });

  it("shows a placeholder instead of the image while the URL is not valid, without calling it a failed load", () => {
    for (const url of ["example.com/a.png", "http://localhost:3000/a.png"]) {
      const html = render("image", { url });
      expect(html).not.toContain("<img");
      expect(html).toContain(">The Media URL is not valid yet</p>");
      expect(html).not.toContain("could not be loaded");
    }
  });

  it("formats the caption under the media", () => {
    const html = render("video", { url: "https://example.com/video.mp4", caption: "A *bold* move" });
    expect(html).toContain("A <strong>bold</strong> move");
    expect(html.indexOf("<video")).toBeLessThan(html.indexOf("<strong>bold"));
  });

  it("draws a video as a frame with a play button and its type in the corner", () => {
    const html = render("video", { url: "https://example.com/video.mp4" });
    expect(html).toMatch(/<video src="https:\/\/example.com\/video.mp4" preload="metadata"/);
    expect(html).toContain("<span>MP4</span>");
  });

  it("draws audio as a player with a waveform and no caption", () => {
    const html = render("audio", { url: "https://example.com/audio.mp3", caption: "never shown" });
    expect(html).toContain('<audio src="https://example.com/audio.mp3" preload="metadata"');
    expect(html).toContain("0:00");
    expect(html).not.toContain("never shown");
  });

  it("shows a document as a card with its file name and type", () => {
    const html = render("document", {
      url: "https://example.com/document.pdf",
      filename: "document.pdf",
      caption: "Check out this document!",
    });
    expect(html).toContain(">document.pdf</p>");
    expect(html).toContain("PDF • example.com");
    expect(html).toContain('fill="#e5252a"');
    expect(html).toContain("Check out this document!");
  });

  it("names a document after the end of its URL when it has no file name, else Document", () => {
    expect(render("document", { url: "https://example.com/files/Q1%20report.xlsx" })).toContain(">Q1 report.xlsx</p>");
    expect(render("document", { url: "" })).toContain(">Document</p>");
  });

  it("renders a caption's markup as text, never as HTML", () => {
    const html = render("image", { url: "https://example.com/a.jpg", caption: "<script>x</script>" });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;x&lt;/script&gt;");
  });

  it("keeps long names from widening the bubble", () => {
    const html = render("document", { url: "https://example.com/a.pdf", filename: `${"long".repeat(80)}.pdf` });
    expect(html).toMatch(/class="line-clamp-2[^"]*\[overflow-wrap:anywhere\]/);
  });
});
