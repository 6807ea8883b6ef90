import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { DELIVERY_STATUSES, type DeliveryStatus } from "@/lib/db/lifecycle";
import { type ReadInbound, readInbound } from "@/lib/inbox/inbound-content";
import { sendKeyOf } from "@/lib/messages/send-key";

/** A webhook body reduced to what the app acts on. Unknown fields are ignored throughout. */
export type WebhookEvent =
  | {
      kind: "delivery_status";
      connectlyId: string;
      status: DeliveryStatus;
      occurredAt: Date;
      errorCode: string | null;
      errorMessage: string | null;
      /** The send key in the echoed callbackData, when the message was sent by this dashboard. */
      sendKey?: string;
    }
  | {
      kind: "inbound";
      /** Every id the customer goes by in this event, so the window is found whichever one the agent types. */
      customers: string[];
      /** '' when the event does not say which business number was written to. */
      businessNumber: string;
      occurredAt: Date;
      /** The business's own message sent elsewhere: shown in the thread, but it never opens the window. */
      echo: boolean;
      /** What was written. */
      message: ReadInbound;
      /** The same for every delivery of this message: Connectly's id for it, or else a hash of the body. */
      dedupeKey: string;
    }
  /** Well formed, but nothing to act on: answered 200 so Connectly does not retry it forever. */
  | { kind: "ignored"; reason: string };

export type ParsedWebhook = { ok: true; event: WebhookEvent } | { ok: false; problem: string };

/**
 * Clocks differ by seconds, not minutes: an event dated further ahead is refused, or (signed or not) it could hold a
 * customer's window open for as long as its date says.
 */
export const MAX_FUTURE_SKEW_MS = 5 * 60_000;

// Connectly documents unix seconds as a string; numbers, milliseconds and ISO dates are accepted too, since a
// refused event is retried forever rather than fixed.
const timestamp = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const date = toDate(value);
  if (!date) {
    ctx.addIssue({ code: "custom", message: `"${value}" is not a unix time in seconds` });
    return z.NEVER;
  }
  return date;
});

const party = z.object({
  id: z.string().nullish(),
  phoneNumber: z.string().nullish(),
  userId: z.string().nullish(),
});

const deliveryStatusBody = z.object({
  timestamp,
  callbackData: z.unknown().optional(),
  statusUpdate: z.object({
    id: z.string().trim().min(1, { message: "is empty" }),
    status: z.string(),
    error: z.unknown().optional(),
  }),
});

const inboundBody = z.object({
  timestamp,
  sender: party,
  recipient: party.nullish(),
  message: z.object({ isEcho: z.boolean().nullish() }),
});

/** Classifies and validates a parsed JSON body, received at `now`. */
export function parseWebhookEvent(body: unknown, now: Date = new Date()): ParsedWebhook {
  const parsed = classify(body);
  if (!parsed.ok || parsed.event.kind === "ignored") return parsed;
  const { event } = parsed;
  if (event.occurredAt.getTime() > now.getTime() + MAX_FUTURE_SKEW_MS) {
    return {
      ok: false,
      problem: `timestamp: ${event.occurredAt.toISOString()} is more than 5 minutes ahead of this server's clock`,
    };
  }
  // The window runs from the customer's message; a clock a little ahead must not lengthen it.
  if (event.kind === "inbound" && event.occurredAt > now) return { ok: true, event: { ...event, occurredAt: now } };
  return parsed;
}

function classify(body: unknown): ParsedWebhook {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { ok: false, problem: "the body is not a JSON object" };
  }
  const topic = "topic" in body ? body.topic : undefined;
  if (topic === "delivery_status" || "statusUpdate" in body) return parseDeliveryStatus(body);
  if ("message" in body) return parseInbound(body);
  if (typeof topic === "string")
    return { ok: true, event: { kind: "ignored", reason: `topic "${topic}" is not handled` } };
  return { ok: false, problem: "the body is neither a delivery status nor an inbound message" };
}

function parseDeliveryStatus(body: object): ParsedWebhook {
  const parsed = deliveryStatusBody.safeParse(body);
  if (!parsed.success) return { ok: false, problem: `delivery status: ${describeIssue(parsed.error)}` };
  const { statusUpdate, timestamp: occurredAt, callbackData } = parsed.data;
  const status = toDeliveryStatus(statusUpdate.status);
  if (!status) {
    return { ok: true, event: { kind: "ignored", reason: `delivery status "${statusUpdate.status}" is not handled` } };
  }
  const failure = status === "delivery_failed" ? describeError(statusUpdate.error) : { code: null, message: null };
  return {
    ok: true,
    event: {
      kind: "delivery_status",
      connectlyId: statusUpdate.id,
      status,
      occurredAt,
      errorCode: failure.code,
      errorMessage: failure.message,
      ...withSendKey(sendKeyOf(callbackData)),
    },
  };
}

function parseInbound(body: object): ParsedWebhook {
  const parsed = inboundBody.safeParse(body);
  if (!parsed.success) return { ok: false, problem: `inbound message: ${describeIssue(parsed.error)}` };
  const { sender, recipient, message, timestamp: occurredAt } = parsed.data;
  const customers = [...new Set([sender.id, sender.phoneNumber, sender.userId].map(normalizeId).filter(Boolean))];
  if (customers.length === 0) return { ok: false, problem: "inbound message: sender has no id" };
  const businessNumber = normalizeId(recipient?.id) || normalizeId(recipient?.phoneNumber);
  const read = readInbound(body);
  // Without an id, a redelivery is the same bytes, so the same JSON: its hash recognises it.
  const dedupeKey = read.messageId
    ? `id:${read.messageId}`
    : `sha256:${createHash("sha256").update(JSON.stringify(body)).digest("hex")}`;
  return {
    ok: true,
    event: {
      kind: "inbound",
      customers,
      businessNumber,
      occurredAt,
      // The business's own messages sent elsewhere come back as echoes; they never open the window.
      echo: Boolean(message.isEcho),
      message: read,
      dedupeKey,
    },
  };
}

function withSendKey(sendKey: string | undefined): { sendKey?: string } {
  return sendKey === undefined ? {} : { sendKey };
}

function toDate(value: string | number): Date | null {
  const text = String(value).trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    // Seconds this large would be tens of thousands of years away: such a value is already in milliseconds.
    ms = n >= 1e12 ? n : n * 1000;
  } else if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    ms = Date.parse(text);
  } else {
    return null;
  }
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date;
}

function toDeliveryStatus(raw: string): DeliveryStatus | null {
  const status = raw.trim().toLowerCase();
  // "failed" is Meta's own word for the same outcome.
  if (status === "failed") return "delivery_failed";
  return (DELIVERY_STATUSES as readonly string[]).includes(status) ? (status as DeliveryStatus) : null;
}

/** Ids as the composer writes them: E.164 with its +, BSUIDs bare. */
function normalizeId(id: string | null | undefined): string {
  const trimmed = (id ?? "").trim().replace(/^bsuid:/i, "");
  return /^\d{7,15}$/.test(trimmed) ? `+${trimmed}` : trimmed;
}

// The failure's shape is not documented: take a code and words from whichever fields Connectly or Meta use.
function describeError(error: unknown): { code: string | null; message: string | null } {
  if (typeof error === "string") return { code: null, message: error || null };
  if (typeof error !== "object" || error === null) return { code: null, message: null };
  const fields = error as Record<string, unknown>;
  const details =
    typeof fields.error_data === "object" && fields.error_data !== null
      ? (fields.error_data as Record<string, unknown>).details
      : undefined;
  return {
    code: firstText(fields.code, fields.errorCode, fields.type),
    // Connectly's userMessage tends to be "pass along the trace id"; its message says what happened.
    message: firstText(fields.message, fields.userMessage, fields.title, fields.details, details),
  };
}

function firstText(...values: unknown[]): string | null {
  for (const value of values) {
    if (typeof value === "string" && value.trim() !== "") return value;
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return null;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "is not valid";
  return issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}
