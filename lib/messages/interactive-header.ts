import { z } from "zod";
import { optional } from "./envelope";
import { limitedText } from "./fields";
import { mediaUrlProblem } from "./media-url";
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

/**
 * The header as the form holds it: every input keeps its value while the type changes, so switching from Text to
 * Image and back loses nothing; only the fields of the chosen type reach the request.
 */
export interface HeaderValues {
  type: HeaderType;
  text: string;
  url: string;
  filename: string;
}

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

/** The header's validation: only the inputs of the chosen type are checked, each at its own path. */
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
