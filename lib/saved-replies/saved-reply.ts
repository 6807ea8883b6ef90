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

/**
 * What makes two names the same: "/thanks" is typed without minding capitals, so "Thanks" and "thanks " would be one
 * word in the "/" list and Enter would put in whichever came first.
 */
export function savedReplyNameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** The other reply that already goes by this name, if any; a reply keeping its own name is not a clash. */
export function sameNamedReply<T extends { id: string; name: string }>(
  replies: readonly T[],
  reply: { id?: string; name: string },
): T | undefined {
  const key = savedReplyNameKey(reply.name);
  return replies.find((other) => other.id !== reply.id && savedReplyNameKey(other.name) === key);
}

/** The Name field's message for a clash, the same in the browser and from the server. */
export function nameTakenMessage(taken: string): string {
  return `Another saved reply is called /${taken}; capitals and spaces do not count. Choose another name.`;
}

/** The reply as it goes into the message: {{name}} becomes the customer's name (or "there" when unknown). */
export function fillSavedReply(body: string, customerName: string | null | undefined): string {
  const name = customerName?.trim().split(/\s+/)[0] || "there";
  return body.replace(/\{\{\s*name\s*\}\}/g, name);
}

/**
 * The replies whose name (or words) match what follows the "/", best first: the one named exactly that, then the
 * names that start with it, then those that contain it. Enter takes the first, so "/thanks" always means "thanks".
 */
export function matchSavedReplies(replies: readonly SavedReply[], query: string): SavedReply[] {
  const q = savedReplyNameKey(query);
  if (!q) return [...replies];
  const exact = replies.filter((reply) => savedReplyNameKey(reply.name) === q);
  const starts = replies.filter((reply) => !exact.includes(reply) && reply.name.toLowerCase().startsWith(q));
  const contains = replies.filter(
    (reply) =>
      !exact.includes(reply) && !starts.includes(reply) && `${reply.name} ${reply.body}`.toLowerCase().includes(q),
  );
  return [...exact, ...starts, ...contains];
}
