import "server-only";
import type { Thread, ThreadSummary } from "@/lib/db/inbox";
import { summarize } from "@/lib/history/summarize";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { peekTemplates } from "@/lib/templates/cache";
import { sentTemplateText } from "@/lib/templates/sent-text";
import type { TemplateDefinition } from "@/lib/templates/types";
import { type InboundContent, type InboundKind, summarizeInbound } from "./inbound-content";
import { inboxMessageTime } from "./message-time";
import type { ThreadData, ThreadItem, ThreadListItem } from "./thread-types";

/** A send as history keeps it: its request, and a template's words as they were when it was sent. */
interface Sent {
  kind: string;
  request?: unknown;
  sentText?: string | null;
}

/**
 * What a send said, as a conversation shows it: a template's words as sent, or for a row from before they were kept,
 * as its definition reads now when that is at hand.
 */
function wordsOf({ kind, request, sentText: kept }: Sent, templates: readonly TemplateDefinition[]): string {
  const words = kind === "template" ? kept || sentTemplateText(request, templates) : null;
  return words ?? summarize(request);
}

const isText = (value: unknown): value is string => typeof value === "string" && value !== "";
const optional = (value: unknown) => (isText(value) ? value : undefined);
const isCoordinate = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * A send's file or place, drawn in the conversation as a customer's would be (a photo, a link to the file, a map
 * link) rather than as its URL. A stored row may hold anything: only well-formed parts are drawn.
 */
function sentContent(request: unknown): InboundContent | undefined {
  const message = (request as { message?: Partial<SessionMessageRequest["message"]> } | null)?.message;
  const attachment = message?.attachments?.[0];
  if (attachment && isText(attachment.type) && isText(attachment.url)) {
    const { type, url, caption, filename } = attachment;
    return { attachment: { type, url, caption: optional(caption), filename: optional(filename) } };
  }
  const place = message?.location;
  if (place && isCoordinate(place.latitude) && isCoordinate(place.longitude)) {
    const { latitude, longitude, name, address } = place;
    return { location: { latitude, longitude, name: optional(name), address: optional(address) } };
  }
  return undefined;
}

/** The list's line for a send, worded as a customer's message of its kind is ("Photo: caption"), not as its URL. */
function sentLine(sent: Sent, templates: readonly TemplateDefinition[]): string {
  const attachment = (sent.request as Partial<SessionMessageRequest> | null)?.message?.attachments?.[0];
  if (attachment) {
    // A stored row may hold anything: only strings are words.
    const words = [attachment.caption, attachment.filename].find((part) => typeof part === "string" && part !== "");
    return summarizeInbound("attachment", words ?? null, { attachment });
  }
  return wordsOf(sent, templates) || sent.kind;
}

/**
 * The templates this process already holds, to read a sent template's words without a call to Connectly: the Inbox
 * polls every few seconds and must not wait on it, nor fail with it. The template composers (also the one under a
 * thread) fill the cache; until then a template send reads as its name.
 */
function templatesAtHand(): readonly TemplateDefinition[] {
  return peekTemplates()?.templates ?? [];
}

/** The list's rows as the browser receives them; `templates` reads a template sent last as its words. */
export function toListItems(
  threads: ThreadSummary[],
  templates: readonly TemplateDefinition[] = templatesAtHand(),
): ThreadListItem[] {
  return threads.map((thread) => ({
    customer: thread.customer,
    businessNumber: thread.businessNumber,
    customerName: thread.customerName,
    last: thread.last
      ? {
          direction: thread.last.direction,
          text:
            thread.last.direction === "outbound"
              ? sentLine(thread.last, templates)
              : summarizeInbound(thread.last.kind as InboundKind, thread.last.text, thread.last.content ?? {}),
        }
      : null,
    lastActivityAt: thread.lastActivityAt.toISOString(),
    lastInboundAt: thread.lastInboundAt?.toISOString() ?? null,
    unread: thread.unread,
    assignee: thread.assignee,
  }));
}

/**
 * Both directions in time order (a customer's message by inboxMessageTime, so one in the same second as a send sorts
 * by when it came), each reply linked to the message it answers; `templates` as for toListItems.
 */
export function toThreadData(
  thread: Thread,
  lastInboundAt: Date | null,
  templates: readonly TemplateDefinition[] = templatesAtHand(),
): ThreadData {
  const items: ThreadItem[] = [
    ...thread.inbox.map(
      (message): ThreadItem => ({
        key: `in:${message.id}`,
        direction: message.direction,
        at: inboxMessageTime(message.occurredAt, message.receivedAt).toISOString(),
        kind: message.kind,
        text: message.text,
        content: message.content,
      }),
    ),
    ...thread.outbound.map(
      (entry): ThreadItem => ({
        key: `out:${entry.id}`,
        direction: "outbound",
        at: entry.createdAt.toISOString(),
        kind: entry.messageType,
        text: wordsOf({ kind: entry.messageType, request: entry.request, sentText: entry.sentText }, templates),
        content: sentContent(entry.request),
        status: entry.status,
        historyId: entry.id,
        error: entry.status === "failed" || entry.status === "delivery_failed" ? entry.errorMessage : null,
      }),
    ),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));

  // What a reply may answer: the business's sends by Connectly id, echoes and the customer's own by theirs.
  const answered = new Map<string, ThreadItem["replyTo"]>();
  for (const entry of thread.outbound) {
    if (entry.connectlyId) {
      answered.set(entry.connectlyId, {
        text: wordsOf({ kind: entry.messageType, request: entry.request, sentText: entry.sentText }, templates),
        direction: "outbound",
      });
    }
  }
  for (const message of thread.inbox) {
    if (message.connectlyMessageId) {
      answered.set(message.connectlyMessageId, { text: message.text ?? "", direction: message.direction });
    }
  }
  const byKey = new Map(thread.inbox.map((message) => [`in:${message.id}`, message]));
  for (const item of items) {
    const replyToId = byKey.get(item.key)?.replyToId;
    if (replyToId) item.replyTo = answered.get(replyToId) ?? null;
  }

  return {
    customer: thread.customer,
    businessNumber: thread.businessNumber,
    customerName: thread.customerName,
    items,
    lastInboundAt: lastInboundAt?.toISOString() ?? null,
    assignee: thread.assignee,
    checkedAt: new Date().toISOString(),
  };
}
