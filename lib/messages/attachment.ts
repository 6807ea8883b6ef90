import { z } from "zod";
import type { MessageDescriptor } from "./descriptor";
import { buildRequest, emptyEnvelope, envelopeShape, optional, readEnvelope } from "./envelope";
import { limitedText } from "./fields";
import { graphemeLength } from "./graphemes";
import { LIMITS } from "./limits";
import { mediaUrlField } from "./media";
import { asRecord, stringOr } from "./read-request";
import type { Attachment, AttachmentType, SessionMessageRequest } from "./request";

/**
 * WhatsApp sets no length for a document's file name; phones and file systems cut names near 255 bytes, so a
 * little less leaves room for the extension WhatsApp may append.
 */
export const FILE_NAME_MAX = LIMITS.fileName;

/** Which of the optional fields each attachment kind takes: audio has neither, only documents have a file name. */
export const ATTACHMENT_FIELDS: Record<AttachmentType, { caption: boolean; filename: boolean }> = {
  image: { caption: true, filename: false },
  video: { caption: true, filename: false },
  audio: { caption: false, filename: false },
  document: { caption: true, filename: true },
};

/** The same for every kind; one constant also keeps it stable, as the composer shell resets to it after a send. */
export const attachmentDefaults: AttachmentValues = {
  ...emptyEnvelope,
  message: { url: "", caption: "", filename: "" },
};

/** Why a file name is refused, or null. Blank is fine: WhatsApp then shows the name in the URL. */
export function fileNameProblem(value: string): string | null {
  const name = value.trim();
  if (name === "") return null;
  if (/[/\\]/.test(name)) return "A file name cannot contain / or \\.";
  if (/\p{Cc}/u.test(name)) return "A file name is a single line.";
  const length = graphemeLength(name);
  if (length > FILE_NAME_MAX) return `Too long: ${length.toLocaleString("en-US")} of ${FILE_NAME_MAX} characters.`;
  return null;
}

const fileNameField = z.string().superRefine((value, ctx) => {
  const problem = fileNameProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** A name without an extension still sends, but the customer's phone may not know what opens it. */
export function fileNameWarning(value: string): string | null {
  const name = value.trim();
  if (name === "" || fileNameProblem(name)) return null;
  if (/\.[a-z0-9]{1,5}$/i.test(name)) return null;
  return "Add the extension (e.g. .pdf) so the customer's phone knows how to open it.";
}

export function buildAttachmentRequest(kind: AttachmentType, values: AttachmentValues): SessionMessageRequest {
  const message = values.message ?? attachmentDefaults.message;
  const attachment: Attachment = { type: kind, url: (message.url ?? "").trim() };
  // A caption is shown as typed, like a text body; only a blank one is left out.
  const caption = message.caption ?? "";
  if (ATTACHMENT_FIELDS[kind].caption && caption.trim() !== "") attachment.caption = caption;
  const filename = ATTACHMENT_FIELDS[kind].filename ? optional(message.filename) : undefined;
  if (filename) attachment.filename = filename;
  return buildRequest(values, { attachments: [attachment] });
}

function attachmentShape(kind: AttachmentType) {
  const takes = ATTACHMENT_FIELDS[kind];
  return z.object({
    ...envelopeShape,
    message: z.object({
      url: mediaUrlField,
      // Fields the kind does not take are still strings in the form's values, but never checked or sent.
      caption: takes.caption ? limitedText(LIMITS.caption) : z.string(),
      filename: takes.filename ? fileNameField : z.string(),
    }),
  });
}

/**
 * One value shape for the four kinds, so that switching between them keeps what was typed; each kind's schema
 * validates, and its request carries, only the fields that kind takes.
 */
export type AttachmentValues = z.input<ReturnType<typeof attachmentShape>>;

/** The first attachment, whatever its kind: the kinds share one value shape and each schema takes what it needs. */
function readAttachmentValues(request: unknown): AttachmentValues {
  const sent = asRecord(request);
  const defaults = attachmentDefaults.message;
  const attachments = asRecord(sent.message).attachments;
  const attachment = asRecord(Array.isArray(attachments) ? attachments[0] : undefined);
  return {
    ...readEnvelope(sent),
    message: {
      url: stringOr(attachment.url, defaults.url),
      caption: stringOr(attachment.caption, defaults.caption),
      filename: stringOr(attachment.filename, defaults.filename),
    },
  };
}

function attachmentMessage(kind: AttachmentType, label: string, heading: string): MessageDescriptor<AttachmentValues> {
  const build = (values: AttachmentValues) => buildAttachmentRequest(kind, values);
  return {
    label,
    heading,
    defaults: attachmentDefaults,
    schema: attachmentShape(kind).transform(build),
    build,
    read: readAttachmentValues,
  };
}

export const imageMessage = attachmentMessage("image", "Image", "an image");
export const videoMessage = attachmentMessage("video", "Video", "a video");
export const audioMessage = attachmentMessage("audio", "Audio", "an audio message");
export const documentMessage = attachmentMessage("document", "Document", "a document");

export const ATTACHMENT_MESSAGES = {
  image: imageMessage,
  video: videoMessage,
  audio: audioMessage,
  document: documentMessage,
} satisfies Record<AttachmentType, MessageDescriptor<AttachmentValues>>;
