import "server-only";
import { and, desc, eq, gt, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { monotonicFactory } from "ulid";
import { summarize } from "@/lib/history/summarize";
import type { InboundContent, InboundKind } from "@/lib/inbox/inbound-content";
import type { Db } from "./client";
import type { HistoryEntry } from "./queries";
import { customerWindows, inboxAssignments, inboxMessages, inboxReads, messages, users } from "./schema";

export type InboxMessage = typeof inboxMessages.$inferSelect;

/** A conversation: one customer with one business number ('' when the events did not say which). */
export interface ThreadKey {
  customer: string;
  businessNumber: string;
}

export interface NewInboxMessage extends ThreadKey {
  dedupeKey: string;
  direction: "inbound" | "echo";
  customerName: string | null;
  kind: InboundKind;
  text: string | null;
  content: InboundContent;
  replyToId: string | null;
  connectlyMessageId: string | null;
  occurredAt: Date;
  payload: unknown;
}

const nextId = monotonicFactory();

/** Stores one message from the webhook; a redelivery (same dedupe key) stores nothing and says so. */
export async function recordInboxMessage(
  db: Db,
  message: NewInboxMessage,
): Promise<{ duplicate: boolean; id: string | null }> {
  const [inserted] = await db
    .insert(inboxMessages)
    .values({ id: nextId(), ...message })
    .onConflictDoNothing({ target: inboxMessages.dedupeKey })
    .returning({ id: inboxMessages.id });
  return { duplicate: !inserted, id: inserted?.id ?? null };
}

export async function hasInboxMessages(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: inboxMessages.id }).from(inboxMessages).limit(1);
  return Boolean(row);
}

/** Every customer window that may still be open: what the in-process sandbox is primed with at start-up. */
export async function recentWindows(db: Db, since: Date) {
  return db
    .select({
      customer: customerWindows.customer,
      businessNumber: customerWindows.businessNumber,
      at: customerWindows.lastInboundAt,
    })
    .from(customerWindows)
    .where(gt(customerWindows.lastInboundAt, since));
}

export interface ThreadSummary extends ThreadKey {
  customerName: string | null;
  /** The latest message either way, for the list's second line. */
  last: {
    direction: "inbound" | "echo" | "outbound";
    kind: string;
    text: string | null;
    content?: InboundContent;
    at: Date;
  } | null;
  lastActivityAt: Date;
  lastInboundAt: Date | null;
  unread: number;
  assignee: { id: string; name: string } | null;
}

const THREAD_LIMIT = 200;

/**
 * The threads with the newest activity first (a customer's message or a send to them), for one person: their
 * unread counts and who has each thread. The most recent 200 customers who wrote.
 */
export async function listThreads(db: Db, userId: string): Promise<ThreadSummary[]> {
  const threads = await db
    .select({
      customer: inboxMessages.customer,
      businessNumber: inboxMessages.businessNumber,
      lastAt: sql<Date>`max(${inboxMessages.occurredAt})`.mapWith((value) => new Date(value)),
    })
    .from(inboxMessages)
    .groupBy(inboxMessages.customer, inboxMessages.businessNumber)
    .orderBy(desc(sql`max(${inboxMessages.occurredAt})`))
    .limit(THREAD_LIMIT);
  if (threads.length === 0) return [];
  const customers = [...new Set(threads.map((thread) => thread.customer))];
  const inThreads = inArray(inboxMessages.customer, customers);

  const [lastInbox, lastOutbound, unread, windows, assignments, names] = await Promise.all([
    db
      .selectDistinctOn([inboxMessages.customer, inboxMessages.businessNumber], {
        customer: inboxMessages.customer,
        businessNumber: inboxMessages.businessNumber,
        direction: inboxMessages.direction,
        kind: inboxMessages.kind,
        text: inboxMessages.text,
        content: inboxMessages.content,
        at: inboxMessages.occurredAt,
      })
      .from(inboxMessages)
      .where(inThreads)
      .orderBy(inboxMessages.customer, inboxMessages.businessNumber, desc(inboxMessages.occurredAt)),
    db
      .selectDistinctOn([messages.recipient, messages.sender], {
        customer: messages.recipient,
        sender: messages.sender,
        messageType: messages.messageType,
        request: messages.request,
        at: messages.createdAt,
      })
      .from(messages)
      .where(inArray(messages.recipient, customers))
      .orderBy(messages.recipient, messages.sender, desc(messages.createdAt)),
    db
      .select({
        customer: inboxMessages.customer,
        businessNumber: inboxMessages.businessNumber,
        count: sql<number>`count(*)`.mapWith(Number),
      })
      .from(inboxMessages)
      .leftJoin(
        inboxReads,
        and(
          eq(inboxReads.customer, inboxMessages.customer),
          eq(inboxReads.businessNumber, inboxMessages.businessNumber),
          eq(inboxReads.userId, userId),
        ),
      )
      .where(
        and(
          inThreads,
          eq(inboxMessages.direction, "inbound"),
          or(isNull(inboxReads.readUpTo), gt(inboxMessages.receivedAt, inboxReads.readUpTo)),
        ),
      )
      .groupBy(inboxMessages.customer, inboxMessages.businessNumber),
    db.select().from(customerWindows).where(inArray(customerWindows.customer, customers)),
    db
      .select({
        customer: inboxAssignments.customer,
        businessNumber: inboxAssignments.businessNumber,
        id: users.id,
        name: users.name,
      })
      .from(inboxAssignments)
      .innerJoin(users, eq(users.id, inboxAssignments.userId))
      .where(inArray(inboxAssignments.customer, customers)),
    db
      .selectDistinctOn([inboxMessages.customer], {
        customer: inboxMessages.customer,
        name: inboxMessages.customerName,
      })
      .from(inboxMessages)
      .where(and(inThreads, sql`${inboxMessages.customerName} is not null`))
      .orderBy(inboxMessages.customer, desc(inboxMessages.occurredAt)),
  ]);

  const key = (customer: string, businessNumber: string) => `${customer} ${businessNumber}`;
  const byKey = <T extends ThreadKey>(rows: T[]) =>
    new Map(rows.map((row) => [key(row.customer, row.businessNumber), row]));
  const lastInboxOf = byKey(lastInbox);
  const unreadOf = byKey(unread);
  const assigneeOf = byKey(assignments);
  const nameOf = new Map(names.map((row) => [row.customer, row.name]));

  return threads
    .map((thread): ThreadSummary => {
      const k = key(thread.customer, thread.businessNumber);
      const inbox = lastInboxOf.get(k);
      const outbound = lastOutbound
        .filter((row) => row.customer === thread.customer && sendsInThread(row.sender, thread.businessNumber))
        .sort((a, b) => b.at.getTime() - a.at.getTime())[0];
      const window = windows
        .filter((row) => row.customer === thread.customer && [thread.businessNumber, ""].includes(row.businessNumber))
        .sort((a, b) => b.lastInboundAt.getTime() - a.lastInboundAt.getTime())[0];
      const last =
        outbound && (!inbox || outbound.at > inbox.at)
          ? {
              direction: "outbound" as const,
              kind: outbound.messageType,
              text: summarize(outbound.request),
              at: outbound.at,
            }
          : inbox
            ? { direction: inbox.direction, kind: inbox.kind, text: inbox.text, content: inbox.content, at: inbox.at }
            : null;
      const assignee = assigneeOf.get(k);
      return {
        customer: thread.customer,
        businessNumber: thread.businessNumber,
        customerName: nameOf.get(thread.customer) ?? null,
        last,
        lastActivityAt: last && last.at > thread.lastAt ? last.at : thread.lastAt,
        lastInboundAt: window?.lastInboundAt ?? null,
        unread: unreadOf.get(k)?.count ?? 0,
        assignee: assignee ? { id: assignee.id, name: assignee.name } : null,
      };
    })
    .sort((a, b) => b.lastActivityAt.getTime() - a.lastActivityAt.getTime());
}

// A send without a sender went from Connectly's default number, which may be this thread's: it is shown in each.
function sendsInThread(sender: string | null, businessNumber: string): boolean {
  return !sender || !businessNumber || sender === businessNumber;
}

export interface Thread extends ThreadKey {
  customerName: string | null;
  inbox: InboxMessage[];
  /** The sends to this customer from this number (or Connectly's default), oldest first. */
  outbound: HistoryEntry[];
  assignee: { id: string; name: string } | null;
}

const THREAD_MESSAGES = 500;

/** One thread's messages both ways, the latest 500 of each, oldest first. */
export async function getThread(db: Db, thread: ThreadKey): Promise<Thread> {
  const senderMatches: SQL | undefined = thread.businessNumber
    ? or(isNull(messages.sender), eq(messages.sender, ""), eq(messages.sender, thread.businessNumber))
    : undefined;
  const [inbox, outbound, assignment] = await Promise.all([
    db
      .select()
      .from(inboxMessages)
      .where(and(eq(inboxMessages.customer, thread.customer), eq(inboxMessages.businessNumber, thread.businessNumber)))
      .orderBy(desc(inboxMessages.occurredAt))
      .limit(THREAD_MESSAGES),
    db
      .select()
      .from(messages)
      .where(and(eq(messages.recipient, thread.customer), senderMatches))
      .orderBy(desc(messages.id))
      .limit(THREAD_MESSAGES),
    db
      .select({ id: users.id, name: users.name })
      .from(inboxAssignments)
      .innerJoin(users, eq(users.id, inboxAssignments.userId))
      .where(threadIs(inboxAssignments, thread)),
  ]);
  inbox.reverse();
  outbound.reverse();
  const named = [...inbox].reverse().find((message) => message.customerName);
  return {
    ...thread,
    customerName: named?.customerName ?? outbound.findLast((entry) => entry.recipientName)?.recipientName ?? null,
    inbox,
    outbound,
    assignee: assignment[0] ?? null,
  };
}

function threadIs(table: typeof inboxReads | typeof inboxAssignments, thread: ThreadKey): SQL | undefined {
  return and(eq(table.customer, thread.customer), eq(table.businessNumber, thread.businessNumber));
}

/** Marks everything received so far as read for this person. */
export async function markThreadRead(db: Db, thread: ThreadKey, userId: string): Promise<void> {
  // Read up to the latest message's own timestamp, taken in the database: PostgreSQL keeps microseconds, which a
  // JavaScript Date would round away, leaving the latest message unread.
  const latest = sql`coalesce((select max(${inboxMessages.receivedAt}) from ${inboxMessages} where ${and(
    eq(inboxMessages.customer, thread.customer),
    eq(inboxMessages.businessNumber, thread.businessNumber),
  )}), now())`;
  await db
    .insert(inboxReads)
    .values({ ...thread, userId, readUpTo: latest })
    .onConflictDoUpdate({
      target: [inboxReads.customer, inboxReads.businessNumber, inboxReads.userId],
      set: { readUpTo: sql`greatest(${inboxReads.readUpTo}, excluded.read_up_to)` },
    });
}

/** "Mark as unread": the customer's latest message counts as unread again for this person. */
export async function markThreadUnread(db: Db, thread: ThreadKey, userId: string): Promise<void> {
  const ofThread = and(
    eq(inboxMessages.customer, thread.customer),
    eq(inboxMessages.businessNumber, thread.businessNumber),
    eq(inboxMessages.direction, "inbound"),
  );
  const [latest] = await db.select({ id: inboxMessages.id }).from(inboxMessages).where(ofThread).limit(1);
  if (!latest) return;
  // Just before the latest message, to the microsecond PostgreSQL keeps, so exactly that one is unread again.
  const upTo = sql`(select max(${inboxMessages.receivedAt}) from ${inboxMessages} where ${ofThread}) - interval '1 microsecond'`;
  await db
    .insert(inboxReads)
    .values({ ...thread, userId, readUpTo: upTo })
    .onConflictDoUpdate({
      target: [inboxReads.customer, inboxReads.businessNumber, inboxReads.userId],
      set: { readUpTo: sql`excluded.read_up_to` },
    });
}

/** Gives the thread to this person, taking it from whoever had it. */
export async function assignThread(db: Db, thread: ThreadKey, userId: string): Promise<void> {
  await db
    .insert(inboxAssignments)
    .values({ ...thread, userId })
    .onConflictDoUpdate({
      target: [inboxAssignments.customer, inboxAssignments.businessNumber],
      set: { userId, assignedAt: sql`now()` },
    });
}

export async function unassignThread(db: Db, thread: ThreadKey): Promise<void> {
  await db.delete(inboxAssignments).where(threadIs(inboxAssignments, thread));
}

/** The business number the customer wrote to last: where a link that names only the customer goes. */
export async function latestBusinessNumberOf(db: Db, customer: string): Promise<string | null> {
  const [row] = await db
    .select({ businessNumber: inboxMessages.businessNumber })
    .from(inboxMessages)
    .where(eq(inboxMessages.customer, customer))
    .orderBy(desc(inboxMessages.occurredAt))
    .limit(1);
  return row?.businessNumber ?? null;
}
