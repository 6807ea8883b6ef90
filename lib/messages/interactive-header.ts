import { z } from "zod";
import { optional } from "./envelope";
import { limitedText } from "./fields";
import { mediaUrlProblem } from "./media";
import { asRecord, stringOr } from "./read-request";
import type { InteractiveHeader } from "./request";

/** What the Header type select offers; lists and reply buttons share the header shape on the wire. */
export const HEADER_TYPES = ["none", "text", "image", "video", "document"] as const;
export type HeaderType = (typeof HEADER_TYPES)[number];

export const HEADER_TYPE_LABELS: Record<HeaderType, string> = {
  none: "None",
  text: "Text",
  image: "Image",
  video: "Video",
  document: "Document",
};

export type HeaderValues = z.input<ReturnType<typeof headerSchema>>;

export const emptyHeader: HeaderValues = { type: "none", text: "", url: "", filename: "" };

export function isMediaHeader(type: HeaderType | undefined): type is "image" | "video" | "document" {
  return type === "image" || type === "video" || type === "document";
}

/** The wire header, or undefined while there is nothing to send. Tolerant of half-typed input. */
export function buildHeader(values: Partial<HeaderValues> | undefined): InteractiveHeader | undefined {
  const type = values?.type;
  if (type === "text") {
    const text = optional(values?.text);
    return text ? { text } : undefined;
  }
  if (!isMediaHeader(type)) return undefined;
  const url = optional(values?.url);
  if (!url) return undefined;
  const filename = type === "document" ? optional(values?.filename) : undefined;
  return { attachment: filename ? { type, url, filename } : { type, url } };
}

/**
 * The header's validation: only the inputs of the chosen type are checked, each at its own path. Every input keeps
 * its value while the type changes, so switching from Text to Image and back loses nothing; only the fields of the
 * chosen type reach the request.
 */
export function headerSchema(textMax: number) {
  const text = limitedText(textMax, { required: "Write the header text, or set Header type to None." });
  return z
    .object({
      type: z.enum(HEADER_TYPES, { message: "Choose a header type." }),
      text: z.string(),
      url: z.string(),
      filename: z.string(),
    })
    .superRefine((header, ctx) => {
      if (header.type === "text") {
        for (const issue of text.safeParse(header.text).error?.issues ?? []) {
          ctx.addIssue({ code: "custom", path: ["text"], message: issue.message });
        }
      } else if (isMediaHeader(header.type)) {
        const problem = mediaUrlProblem(header.url);
        if (problem) ctx.addIssue({ code: "custom", path: ["url"], message: problem });
      }
    });
}

/** The reverse of buildHeader. Media wins over text when a header holds both, as WhatsApp shows one header. */
export function readHeader(value: unknown): HeaderValues {
  const header = asRecord(value);
  const attachment = asRecord(header.attachment);
  const media = HEADER_TYPES.find((type) => type === attachment.type);
  const type = isMediaHeader(media) ? media : typeof header.text === "string" ? "text" : emptyHeader.type;
  return {
    type,
    text: stringOr(header.text, emptyHeader.text),
    url: stringOr(attachment.url, emptyHeader.url),
    filename: stringOr(attachment.filename, emptyHeader.filename),
  };
}
