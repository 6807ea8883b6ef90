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

/**
 * A warning, not a refusal: many CDNs serve media from extension-less URLs (Connectly's own do), and WhatsApp
 * goes by the content type it receives.
 */
export function mediaExtensionWarning(kind: AttachmentType, url: string): string | null {
  if (mediaUrlProblem(url)) return null;
  const extension = urlExtension(url);
  if (extension === "") return null;
  const accepted: readonly string[] = MEDIA_EXTENSIONS[kind];
  if (accepted.includes(extension)) return null;
  return `WhatsApp may refuse a .${extension} ${kind}; it accepts ${accepted.map((e) => `.${e}`).join(", ")}.`;
}
