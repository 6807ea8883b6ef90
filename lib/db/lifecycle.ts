import "server-only";
import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "./client";
import { customerNames, customerWindows, type MessageStatus, messageEvents, messages } from "./schema";

export type MessageEvent = typeof messageEvents.$inferSelect;

/** The statuses a delivery-status webhook reports. */
export const DELIVERY_STATUSES = ["sent", "delivered", "read", "delivery_failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * How far along a message is; a status only ever moves to a higher rank, so late or repeated events cannot
 * undo newer ones. delivery_failed outranks sent and delivered (a failure reported after "delivered" is the
 * later truth) but not read: a read receipt proves the message arrived, whatever else was reported. "failed"
 * (Connectly refused the send) is terminal: no event can move it. "unknown" is no further than "pending": any
 * delivery report says more.
 */
export const STATUS_RANK: Readonly<Record<MessageStatus, number>> = {
  pending: 0,
  unknown: 0,
  sent: 1,
  delivered: 2,
  delivery_failed: 3,
  read: 4,
  failed: 9,
};

// Literals from the constant table above, never user input: inlined so PostgreSQL compares integers, not the
// untyped parameters it would otherwise infer as text.
const rankOfStatus = sql.raw(
  `(case "messages"."status" ${Object.entries(STATUS_RANK)
    .map(([status, rank]) => `when '${status}' then ${rank}`)
    .join(" ")} end)`,
);

/** An arbitrary constant that keeps this app's advisory locks apart from anyone else's on a shared server. */
export const DELIVERY_LOCK_CLASS = 0x636e6c79;

export interface DeliveryEvent {
  connectlyId: string;
  status: DeliveryStatus;
  occurredAt: Date;
  errorCode?: string | null;
  errorMessage?: string | null;
  /** The webhook body as received, kept for the timeline. */
  payload?: unknown;
  /** The send key echoed in the event's callbackData: finds a message that never got Connectly's answer. */
  sendKey?: string;
}

export interface DeliveryOutcome {
  /** Our history id, or null when no message carries this Connectly id (yet). */
  messageId: string | null;
  /** True when this exact event (id, status, time) was already recorded. */
  duplicate: boolean;
  /** True when the message's status moved. */
  statusChanged: boolean;
}

/**
 * Records a delivery-status event and moves its message forward. A redelivered event is a no-op, and an event
 * older than the message's status leaves the status alone. An event whose Connectly id matches no message is
 * matched by the send key its callbackData echoes, which attaches the id to a message whose send never got an
 * answer (pending or Unknown); failing that, it is kept with a null message id, and applyEarlyEvents picks it up
 * once the send's answer is stored.
 */
export async function recordDeliveryEvent(db: Db, event: DeliveryEvent): Promise<DeliveryOutcome> {
  return db.transaction(async (tx) => {
    await lockConnectlyId(tx, event.connectlyId);
    const [message] = await tx
      .select({ id: messages.id })
      .from(messages)
      .where(eq(messages.connectlyId, event.connectlyId));
    const messageId = message?.id ?? (await attachBySendKey(tx, event)) ?? null;
    const inserted = await tx
      .insert(messageEvents)
      .values({
        messageId,
        connectlyId: event.connectlyId,
        status: event.status,
        occurredAt: event.occurredAt,
        errorCode: event.errorCode ?? null,
        errorMessage: event.errorMessage ?? null,
        payload: event.payload ?? null,
      })
      .onConflictDoNothing({
        target: [messageEvents.connectlyId, messageEvents.status, messageEvents.occurredAt],
      })
      .returning({ id: messageEvents.id });
    if (messageId === null) return { messageId, duplicate: inserted.length === 0, statusChanged: false };
    // A redelivery that arrives after the message appeared still links the copy recorded while it was unknown.
    await linkOrphans(tx, event.connectlyId, messageId);
    const statusChanged = await advanceStatus(tx, event.connectlyId, event);
    return { messageId, duplicate: inserted.length === 0, statusChanged };
  });
}

/**
 * Applies the events that arrived before the send's answer was stored (a webhook can outrun the HTTP response).
 * Call right after markSent, with the id it stored. Only events still unlinked are early: one that found the
 * message, by its id or its send key, moved the status when it arrived. True when there were any to apply, so the
 * caller knows whether the row it holds is still current. On almost every send there are none, and this is one
 * round trip (linkOrphans).
 */
export async function applyEarlyEvents(db: Db, message: { id: string; connectlyId: string }): Promise<boolean> {
  if ((await linkOrphans(db, message.connectlyId, message.id)) === 0) return false;
  await db.transaction(async (tx) => {
    // Later events may have come in since the link: they found the message and moved it themselves, but the
    // furthest of all is applied again here under the lock, which a status never moving back makes harmless.
    await lockConnectlyId(tx, message.connectlyId);
    const events = await tx
      .select()
      .from(messageEvents)
      .where(eq(messageEvents.connectlyId, message.connectlyId))
      .orderBy(asc(messageEvents.occurredAt), asc(messageEvents.id));
    const furthest = events.reduce<MessageEvent | undefined>(
      (best, event) => (!best || STATUS_RANK[event.status] >= STATUS_RANK[best.status] ? event : best),
      undefined,
    );
    if (furthest) await advanceStatus(tx, message.connectlyId, furthest);
  });
  return true;
}

/** A message's delivery timeline, oldest first, including events that arrived before it was linked. */
export async function listEvents(db: Db, messageId: string): Promise<MessageEvent[]> {
  const ownConnectlyId = db
    .select({ connectlyId: messages.connectlyId })
    .from(messages)
    .where(eq(messages.id, messageId));
  return db
    .select()
    .from(messageEvents)
    .where(
      or(
        eq(messageEvents.messageId, messageId),
        and(isNull(messageEvents.messageId), inArray(messageEvents.connectlyId, ownConnectlyId)),
      ),
    )
    .orderBy(asc(messageEvents.occurredAt), asc(messageEvents.id));
}

export interface InboundMessage {
  /** The customer's id as the composer would type it: E.164 number or BSUID. */
  customer: string;
  /** The business number written to; '' when the event did not say. */
  businessNumber: string;
  at: Date;
}

/** Opens or refreshes a customer's window; an older message arriving late never shortens it. */
export async function recordInboundMessage(db: Db, inbound: InboundMessage): Promise<void> {
  await db
    .insert(customerWindows)
    .values({ customer: inbound.customer, businessNumber: inbound.businessNumber, lastInboundAt: inbound.at })
    .onConflictDoUpdate({
      target: [customerWindows.customer, customerWindows.businessNumber],
      set: { lastInboundAt: sql`greatest(${customerWindows.lastInboundAt}, excluded.last_inbound_at)` },
    });
}

/** Keeps the name the customer wrote with; a message arriving late under an older name does not undo a newer one. */
export async function recordCustomerName(db: Db, customer: string, name: string, at: Date): Promise<void> {
  await db
    .insert(customerNames)
    .values({ customer, name, namedAt: at })
    .onConflictDoUpdate({
      target: customerNames.customer,
      set: { name: sql`excluded.name`, namedAt: sql`excluded.named_at` },
      setWhere: sql`${customerNames.namedAt} <= excluded.named_at`,
    });
}

export type CustomerWindow = typeof customerWindows.$inferSelect;

/**
 * The customer's latest inbound message. With a business number, only messages to that number count, plus those
 * whose number was not reported (a window with another number does not let this one send). Without, the latest
 * across all numbers, as Connectly's default number may be any of them.
 */
export async function getWindow(db: Db, customer: string, businessNumber?: string): Promise<CustomerWindow | null> {
  const conditions: SQL[] = [eq(customerWindows.customer, customer)];
  if (businessNumber) conditions.push(inArray(customerWindows.businessNumber, [businessNumber, ""]));
  const [window] = await db
    .select()
    .from(customerWindows)
    .where(and(...conditions))
    .orderBy(desc(customerWindows.lastInboundAt))
    .limit(1);
  return window ?? null;
}

// Serializes the handling of one Connectly id across transactions, so an event recorded while its message was
// still unknown cannot slip between a concurrent markSent and applyEarlyEvents. link_early_events takes the same
// lock, given DELIVERY_LOCK_CLASS.
async function lockConnectlyId(tx: Db, connectlyId: string): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(${sql.raw(String(DELIVERY_LOCK_CLASS))}, hashtext(${connectlyId}))`,
  );
}

// Only a message without an id can take one: a key echoed with another message's id is not this message's report.
async function attachBySendKey(tx: Db, event: DeliveryEvent): Promise<string | undefined> {
  if (!event.sendKey) return undefined;
  const [attached] = await tx
    .update(messages)
    .set({ connectlyId: event.connectlyId })
    .where(
      and(
        eq(messages.idempotencyKey, event.sendKey),
        isNull(messages.connectlyId),
        inArray(messages.status, ["pending", "unknown"]),
      ),
    )
    .returning({ id: messages.id });
  return attached?.id;
}

/**
 * Links the events kept for a Connectly id before any message had it, under the lock recordDeliveryEvent takes:
 * link_early_events (migration 0009) takes it and links in one round trip, and within a transaction that already
 * holds the lock, taking it again does not wait.
 */
async function linkOrphans(db: Db, connectlyId: string, messageId: string): Promise<number> {
  // Both drivers answer execute with { rows }; the pg-core type they share leaves the result unknown.
  const { rows } = (await db.execute(
    sql`select link_early_events(${sql.raw(String(DELIVERY_LOCK_CLASS))}, ${connectlyId}, ${messageId}) as linked`,
  )) as { rows: { linked: number }[] };
  return Number(rows[0]?.linked ?? 0);
}

interface StatusChange {
  status: MessageStatus;
  occurredAt: Date;
  errorCode?: string | null;
  errorMessage?: string | null;
}

// One guarded UPDATE: PostgreSQL re-checks the WHERE against the row as committed by any concurrent writer, so two
// deliveries racing each other cannot leave the lower status behind.
async function advanceStatus(tx: Db, connectlyId: string, change: StatusChange): Promise<boolean> {
  const failed = change.status === "delivery_failed";
  const moved = await tx
    .update(messages)
    .set({
      status: change.status,
      // An event dated in the distant past still moves the status, but never its time backwards.
      statusAt: sql`greatest(${messages.statusAt}, ${change.occurredAt.toISOString()}::timestamptz)`,
      // Progress past a delivery failure (only read can) contradicts it, so its error goes too.
      errorCode: failed ? (change.errorCode ?? null) : null,
      errorMessage: failed ? (change.errorMessage ?? null) : null,
    })
    .where(
      and(eq(messages.connectlyId, connectlyId), sql`${rankOfStatus} < ${sql.raw(String(STATUS_RANK[change.status]))}`),
    )
    .returning({ id: messages.id });
  return moved.length > 0;
}
