import "server-only";
import { and, desc, eq, inArray, like, lt, or, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { monotonicFactory } from "ulid";
import type { Db } from "./client";
import { type Endpoint, type HistoryMessageType, type MessageStatus, messages } from "./schema";

export type { Endpoint, HistoryMessageType, MessageStatus } from "./schema";

/** One send attempt as stored; `request` is the exact body sent, `error` the serialized failure. */
export type HistoryEntry = typeof messages.$inferSelect;

export interface NewAttempt {
  endpoint: Endpoint;
  messageType: HistoryMessageType;
  recipient: string;
  recipientName?: string;
  sender?: string;
  campaignName?: string;
  request: object;
  /** The signed-in person who sent it. */
  sentByUserId?: string;
}

export interface SentOutcome {
  connectlyId: string;
  attempts: number;
}

export interface FailedOutcome {
  attempts: number;
  errorCode: string;
  errorMessage: string;
  /** Stored as JSON: pass plain data, since class instances lose everything but their own enumerable fields. */
  error: object;
  httpStatus?: number;
}

export interface HistoryPage {
  entries: HistoryEntry[];
  /** The `before` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

// Monotonic so ids made within one millisecond still sort in the order they were made.
const nextId = monotonicFactory();

/** Records an attempt as "pending" before Connectly is called. */
export async function createAttempt(db: Db, input: NewAttempt): Promise<HistoryEntry> {
  const [entry] = await db
    .insert(messages)
    .values({
      id: nextId(),
      endpoint: input.endpoint,
      messageType: input.messageType,
      recipient: input.recipient,
      recipientName: input.recipientName ?? null,
      sender: input.sender ?? null,
      campaignName: input.campaignName ?? null,
      request: input.request,
      sentByUserId: input.sentByUserId ?? null,
      status: "pending",
      statusAt: sql`now()`,
    })
    .returning();
  if (!entry) throw new Error("INSERT … RETURNING gave no row");
  return entry;
}

export async function markSent(db: Db, id: string, outcome: SentOutcome): Promise<HistoryEntry> {
  return updateAttempt(db, id, {
    status: "sent",
    statusAt: sql`now()`,
    connectlyId: outcome.connectlyId,
    attempts: outcome.attempts,
  });
}

export async function markFailed(db: Db, id: string, outcome: FailedOutcome): Promise<HistoryEntry> {
  return updateAttempt(db, id, {
    status: "failed",
    statusAt: sql`now()`,
    attempts: outcome.attempts,
    errorCode: outcome.errorCode,
    errorMessage: outcome.errorMessage,
    error: outcome.error,
    httpStatus: outcome.httpStatus ?? null,
  });
}

async function updateAttempt(db: Db, id: string, values: PgUpdateSetSource<typeof messages>): Promise<HistoryEntry> {
  const [entry] = await db.update(messages).set(values).where(eq(messages.id, id)).returning();
  if (!entry) throw new Error(`No history entry with id ${id}`);
  return entry;
}

/** Newest first. Pass the previous page's nextCursor as `before` for the next page. */
export interface HistoryFilter {
  status?: MessageStatus;
  messageType?: HistoryMessageType;
  /** Matches the start of the recipient, so "+1604" finds every number in that area. */
  recipient?: string;
  /** A person's user id: what they sent. */
  sentBy?: string;
}

export async function listHistory(
  db: Db,
  options: { before?: string; limit?: number } & HistoryFilter = {},
): Promise<HistoryPage> {
  const limit = clampLimit(options.limit);
  const recipientPrefix = options.recipient?.trim();
  // One row beyond the page says whether another page exists, without a count.
  const rows = await db
    .select()
    .from(messages)
    .where(
      and(
        options.before === undefined ? undefined : lt(messages.id, options.before),
        options.status ? eq(messages.status, options.status) : undefined,
        options.messageType ? eq(messages.messageType, options.messageType) : undefined,
        recipientPrefix ? like(messages.recipient, `${escapeLike(recipientPrefix)}%`) : undefined,
        options.sentBy ? eq(messages.sentByUserId, options.sentBy) : undefined,
      ),
    )
    .orderBy(desc(messages.id))
    .limit(limit + 1);
  const entries = rows.slice(0, limit);
  return { entries, nextCursor: rows.length > limit ? (entries.at(-1)?.id ?? null) : null };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Current statuses of the given entries, for polling while deliveries are still moving. */
export async function statusesOf(db: Db, ids: string[]): Promise<{ id: string; status: MessageStatus }[]> {
  if (ids.length === 0) return [];
  return db.select({ id: messages.id, status: messages.status }).from(messages).where(inArray(messages.id, ids));
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit)));
}

/** Finds an entry by our id or by the id Connectly returned (which webhooks and support tickets quote). */
export async function getHistoryEntry(db: Db, idOrConnectlyId: string): Promise<HistoryEntry | null> {
  const [entry] = await db
    .select()
    .from(messages)
    .where(or(eq(messages.id, idOrConnectlyId), eq(messages.connectlyId, idOrConnectlyId)))
    // Should a Connectly id ever equal one of our ids, our own wins.
    .orderBy(sql`${messages.id} = ${idOrConnectlyId} desc`)
    .limit(1);
  return entry ?? null;
}
