import { z } from "zod";
import { MEDIA_EXTENSIONS } from "./limits";
import { mediaUrlProblem } from "./media-url";
import type { AttachmentType } from "./request";

export const mediaUrlField = z.string().superRefine((value, ctx) => {
  const problem = mediaUrlProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** The URL path's extension, lower-cased, or "" when it has none. */
export function urlExtension(value: string): string {
  let pathname = value;
  try {
    pathname = new URL(value.trim()).pathname;
  } catch {
    // Half-typed URLs still get a best-effort answer for the warning.
  }
  const match = /\.([a-z0-9]{1,5})$/i.exec(pathname);
  return match?.[1]?.toLowerCase() ?? "";
}

/** What WhatsApp accepts per kind (WhatsApp Cloud API media limits), in the words the hint and the warning share. */
const MEDIA_FORMATS: Record<AttachmentType, { formats: string; size: string }> = {
  image: { formats: "a JPEG or PNG", size: "5 MB" },
  video: { formats: "an MP4 or 3GP (H.264 video, AAC sound)", size: "16 MB" },
  audio: { formats: "an AAC, AMR, MP3, M4A or OGG (Opus) file", size: "16 MB" },
  document: { formats: "a PDF, TXT, Word, Excel or PowerPoint file", size: "100 MB" },
};

/** The Media URL's hint: what the link must lead to. The size is only said, as this server never fetches the file. */
export function mediaHint(kind: AttachmentType): string {
  const { formats, size } = MEDIA_FORMATS[kind];
  return `A public link to ${formats}, up to ${size}.`;
}

/**
 * A warning, not a refusal: many CDNs serve media from extension-less or script URLs (Connectly's own do), and
 * WhatsApp goes by the content type it receives, so a link's extension says what the file most likely is, not what
 * it is.
 */
export function mediaExtensionWarning(kind: AttachmentType, url: string): string | null {
  if (mediaUrlProblem(url)) return null;
  const extension = urlExtension(url);
  if (extension === "") return null;
  const accepted: readonly string[] = MEDIA_EXTENSIONS[kind];
  if (accepted.includes(extension)) return null;
  return `This link ends in .${extension}, not ${MEDIA_FORMATS[kind].formats}: WhatsApp will refuse the file unless it is one after all.`;
}
