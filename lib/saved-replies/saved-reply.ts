import { z } from "zod";
import { LIMITS } from "@/lib/messages/limits";

/** A saved reply as the form edits it; the same rules in the browser and in the server action. */
export const savedReplySchema = z.object({
  id: z.string().trim().optional().default(""),
  name: z
    .string()
    .trim()
    .min(1, "Give the reply a name.")
    .max(60, "Keep the name under 60 characters.")
    .regex(/^[^\p{Cc}/]*$/u, "Use a name without line breaks or slashes."),
  body: z
    .string()
    .trim()
    .min(1, "Write the reply.")
    .max(LIMITS.text.body, `Keep the reply under ${LIMITS.text.body} characters, WhatsApp’s limit.`),
});

export type SavedReplyInput = z.input<typeof savedReplySchema>;

export interface SavedReply {
  id: string;
  name: string;
  body: string;
}

/** The reply as it goes into the message: {{name}} becomes the customer's name (or "there" when unknown). */
export function fillSavedReply(body: string, customerName: string | null | undefined): string {
  const name = customerName?.trim().split(/\s+/)[0] || "there";
  return body.replace(/\{\{\s*name\s*\}\}/g, name);
}

/** The replies whose name (or words) match what follows the "/", best first. */
export function matchSavedReplies(replies: readonly SavedReply[], query: string): SavedReply[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...replies];
  const starts = replies.filter((reply) => reply.name.toLowerCase().startsWith(q));
  const contains = replies.filter(
    (reply) => !starts.includes(reply) && `${reply.name} ${reply.body}`.toLowerCase().includes(q),
  );
  return [...starts, ...contains];
}
