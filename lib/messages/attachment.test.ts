import { describe, expect, it } from "vitest";
import {
  ATTACHMENT_MESSAGES,
  type AttachmentValues,
  attachmentDefaults,
  audioMessage,
  buildAttachmentRequest,
  documentMessage,
  fileNameWarning,
  imageMessage,
  videoMessage,
} from "./attachment";
import type { AttachmentType } from "./request";

const SENDER = { id: "+14151111234", channelType: "whatsapp" };
const RECIPIENT = { id: "+16044441111", channelType: "whatsapp" };

function values(message: Partial<AttachmentValues["message"]> = {}): AttachmentValues {
  return {
    ...attachmentDefaults,
    senderId: "+14151111234",
    recipient: { id: "+16044441111", name: "" },
    message: { ...attachmentDefaults.message, url: "https://example.com/file.pdf", ...message },
  };
}

function errorsOf(kind: AttachmentType, input: unknown): Record<string, string> {
  const result = ATTACHMENT_MESSAGES[kind].schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("attachment schemas produce the seed examples exactly", () => {
  it("image", () => {
    const request = imageMessage.schema.parse(
      values({ url: "https://example.com/image.jpg", caption: "Check out this image!" }),
    );
    expect(JSON.stringify(request)).toBe(
      JSON.stringify({
        sender: SENDER,
        recipient: RECIPIENT,
        message: {
          attachments: [{ type: "image", url: "https://example.com/image.jpg", caption: "Check out this image!" }],
        },
      }),
    );
  });

  it("video", () => {
    const request = videoMessage.schema.parse(
      values({ url: "https://example.com/video.mp4", caption: "Check out this video!" }),
    );
    expect(request).toEqual({
      sender: SENDER,
      recipient: RECIPIENT,
      message: {
        attachments: [{ type: "video", url: "https://example.com/video.mp4", caption: "Check out this video!" }],
      },
    });
  });

  it("audio", () => {
    const request = audioMessage.schema.parse(values({ url: "https://example.com/audio.mp3" }));
    expect(request).toEqual({
      sender: SENDER,
      recipient: RECIPIENT,
      message: { attachments: [{ type: "audio", url: "https://example.com/audio.mp3" }] },
    });
  });

  it("document, keys in the seed's order", () => {
    const request = documentMessage.schema.parse(
      values({
        url: "https://example.com/document.pdf",
        caption: "Check out this document!",
        filename: "document.pdf",
      }),
    );
    expect(JSON.stringify(request)).toBe(
      JSON.stringify({
        sender: SENDER,
        recipient: RECIPIENT,
        message: {
          attachments: [
            {
              type: "document",
              url: "https://example.com/document.pdf",
              caption: "Check out this document!",
              filename: "document.pdf",
            },
          ],
        },
      }),
    );
  });
});

describe("attachment fields per kind", () => {
  it("sends no caption with audio even when the values carry one", () => {
    const request = audioMessage.schema.parse(values({ url: "https://example.com/a.mp3", caption: "x".repeat(2000) }));
    expect(request.message.attachments).toEqual([{ type: "audio", url: "https://example.com/a.mp3" }]);
  });

  it.each(["image", "video", "audio"] as const)("sends no file name with %s", (kind) => {
    const request = ATTACHMENT_MESSAGES[kind].schema.parse(values({ url: "https://example.com/a", filename: "a.pdf" }));
    expect(request.message.attachments?.[0]).not.toHaveProperty("filename");
  });

  it("leaves out a blank caption and a blank file name, and trims the URL and file name", () => {
    const request = documentMessage.schema.parse(
      values({ url: "  https://example.com/a.pdf ", caption: "  \n ", filename: "  " }),
    );
    expect(request.message.attachments).toEqual([{ type: "document", url: "https://example.com/a.pdf" }]);
    const named = documentMessage.schema.parse(values({ filename: " invoice.pdf " }));
    expect(named.message.attachments?.[0]?.filename).toBe("invoice.pdf");
  });

  it("keeps a caption as typed", () => {
    const request = imageMessage.schema.parse(values({ caption: "  *Sale*\nToday " }));
    expect(request.message.attachments?.[0]?.caption).toBe("  *Sale*\nToday ");
  });
});

describe("attachment limits", () => {
  it.each(["image", "video", "document"] as const)(
    "accepts a %s caption of 1,024 characters and refuses 1,025",
    (kind) => {
      expect(errorsOf(kind, values({ caption: "a".repeat(1024) }))).toEqual({});
      expect(errorsOf(kind, values({ caption: "a".repeat(1025) }))["message.caption"]).toMatch(/1,025 of 1,024/);
    },
  );

  it("counts a caption in graphemes: an emoji family is one character", () => {
    expect(errorsOf("image", values({ caption: "👨‍👩‍👧‍👦".repeat(1024) }))).toEqual({});
    expect(errorsOf("image", values({ caption: "👨‍👩‍👧‍👦".repeat(1025) }))["message.caption"]).toBeDefined();
  });

  it("does not check a caption that audio never sends", () => {
    expect(errorsOf("audio", values({ caption: "a".repeat(1025) }))).toEqual({});
  });

  it("accepts a file name of 240 characters and refuses 241", () => {
    expect(errorsOf("document", values({ filename: `${"a".repeat(236)}.pdf` }))).toEqual({});
    expect(errorsOf("document", values({ filename: `${"a".repeat(237)}.pdf` }))["message.filename"]).toMatch(
      /241 of 240/,
    );
  });

  it("refuses slashes and line breaks in a file name", () => {
    expect(errorsOf("document", values({ filename: "reports/q1.pdf" }))["message.filename"]).toMatch(/\//);
    expect(errorsOf("document", values({ filename: "q1\\a.pdf" }))["message.filename"]).toMatch(/\\/);
    expect(errorsOf("document", values({ filename: "q1\n.pdf" }))["message.filename"]).toMatch(/single line/);
  });

  it("warns about a file name without an extension", () => {
    expect(fileNameWarning("invoice")).toMatch(/extension/);
    expect(fileNameWarning("invoice.pdf")).toBeNull();
    expect(fileNameWarning("")).toBeNull();
  });
});

describe("attachment media URL", () => {
  it("requires it", () => {
    expect(errorsOf("image", values({ url: "" }))["message.url"]).toMatch(/Enter the URL/);
  });

  it("refuses URLs that are not http(s)", () => {
    expect(errorsOf("video", values({ url: "ftp://example.com/v.mp4" }))["message.url"]).toMatch(/http/);
    expect(errorsOf("video", values({ url: "file:///home/me/v.mp4" }))["message.url"]).toMatch(/http/);
  });

  it("refuses addresses Connectly cannot reach", () => {
    expect(errorsOf("audio", values({ url: "http://localhost:3000/a.mp3" }))["message.url"]).toMatch(/not public/);
    expect(errorsOf("document", values({ url: "https://10.0.0.7/a.pdf" }))["message.url"]).toMatch(/not public/);
  });

  it("accepts an extension-less CDN URL", () => {
    expect(errorsOf("image", values({ url: "https://cdn.connectly.ai/26fa/26fa1308-d328-41c9" }))).toEqual({});
  });
});

describe("buildAttachmentRequest", () => {
  it("tolerates half-typed values for the live preview", () => {
    const half = { ...attachmentDefaults, message: { url: "htt" } } as unknown as AttachmentValues;
    expect(buildAttachmentRequest("document", half).message).toEqual({
      attachments: [{ type: "document", url: "htt" }],
    });
  });
});
