import "server-only";
import { and, desc, eq, gt, inArray, isNull, or, SQL, sql } from "drizzle-orm";
import { monotonicFactory } from "ulid";
import { summarize } from "@/lib/history/summarize";
import type { InboundContent, InboundKind } from "@/lib/inbox/inbound-content";
import { inboxMessageTime } from "@/lib/inbox/message-time";
import type { ThreadFilter } from "@/lib/inbox/thread-filter";
import { WINDOW_MS } from "@/lib/whatsapp/window";
import type { Db } from "./client";
import type { HistoryEntry } from "./queries";
import { customerWindows, inboxAssignments, inboxMessages, inboxReads, inboxThreads, messages, users } from "./schema";

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
    /** A send's stored request and a template's words as sent, from which the list's line is worded. */
    request?: unknown;
    sentText?: string | null;
    at: Date;
  } | null;
  lastActivityAt: Date;
  lastInboundAt: Date | null;
  unread: number;
  assignee: { id: string; name: string } | null;
}

const THREAD_LIMIT = 200;
/** A window is open while its customer's last message is younger than this: the same rule as the composers'. */
const windowOpenSince = sql`now() - make_interval(secs => ${WINDOW_MS / 1000})`;

/**
 * The threads with the newest activity first (a customer's message or a send to them), for one person: their
 * unread counts and who has each thread. The 200 newest of those the filter lets through. The Inbox asks every few
 * seconds, so the cost must follow those 200 threads, not the size of the inbox or of history: each thread's
 * activity, window and assignee are kept in inbox_threads (by triggers, migration 0016), whose indexes give the
 * threads newest first, a person's own newest first, and the open windows.
 */
export async function listThreads(db: Db, userId: string, only: ThreadFilter = {}): Promise<ThreadSummary[]> {
  const rows = await threadRows(db, userId, only);
  return rows.map(toSummary).sort((a, b) => b.lastActivityAt.getTime() - a.lastActivityAt.getTime());
}

/**
 * What each filter asks of a thread t, from its own row but for Unread, which reads the person's mark on it through
 * a lateral join of one row (a plain join lets the planner hash every mark instead of stopping at the 200th thread).
 */
function filterOf(only: ThreadFilter, userId: string): { joins: SQL; where: SQL } {
  const conditions = [
    only.mine && sql`t.assignee_id = ${userId}`,
    only.open && sql`t.window_at > ${windowOpenSince}`,
    only.unread &&
      sql`t.last_inbound_received_at is not null
        and (cr.read_up_to is null or t.last_inbound_received_at > cr.read_up_to)`,
  ].filter((condition) => condition instanceof SQL);
  return {
    joins: only.unread
      ? sql`left join lateral (select read_up_to from inbox_reads where customer = t.customer
          and business_number = t.business_number and user_id = ${userId} limit 1) as cr on true`
      : sql``,
    where: conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``,
  };
}

interface ThreadRow {
  customer: string;
  business_number: string;
  last_at: Date | string;
  inbox_direction: "inbound" | "echo" | null;
  inbox_kind: string | null;
  inbox_text: string | null;
  inbox_content: InboundContent | null;
  inbox_at: Date | string | null;
  inbox_received_at: Date | string | null;
  outbound_type: string | null;
  outbound_request: unknown;
  outbound_sent_text: string | null;
  outbound_at: Date | string | null;
  customer_name: string | null;
  last_inbound_at: Date | string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  unread: number | string;
}

/**
 * The 200 newest threads the filter lets through, with everything the list shows of them, in one query: each part
 * is read per thread through an index, newest first and one row (a customer's whole history is never read). Raw
 * SQL, as the pg-core builder cannot join laterally from a subquery of its own. A send without a sender went from
 * Connectly's default number, which may be any thread's: it counts in each of the customer's threads; a thread with
 * no business number counts every send to the customer.
 */
async function threadRows(db: Db, userId: string, only: ThreadFilter): Promise<ThreadRow[]> {
  const filter = filterOf(only, userId);
  // Both drivers answer execute with { rows }; the pg-core type they share leaves the result unknown.
  const { rows } = (await db.execute(sql`
    select t.customer, t.business_number, t.last_at,
      i.direction as inbox_direction, i.kind as inbox_kind, i.text as inbox_text, i.content as inbox_content,
      i.occurred_at as inbox_at, i.received_at as inbox_received_at,
      o.message_type as outbound_type, o.request as outbound_request, o.sent_text as outbound_sent_text,
      o.created_at as outbound_at,
      n.customer_name, t.window_at as last_inbound_at, t.assignee_id, p.name as assignee_name, u.unread
    from (select t.customer, t.business_number, t.last_at, t.window_at, t.assignee_id from inbox_threads t
      ${filter.joins} ${filter.where} order by t.last_at desc limit ${THREAD_LIMIT}) as t
    left join lateral (select read_up_to from inbox_reads where customer = t.customer
      and business_number = t.business_number and user_id = ${userId} limit 1) r on true
    cross join lateral (
      select count(*)::int as unread from inbox_messages
      where customer = t.customer and business_number = t.business_number and direction = 'inbound'
        and (r.read_up_to is null or received_at > r.read_up_to)) u
    left join users p on p.id = t.assignee_id
    left join lateral (
      select direction, kind, text, content, occurred_at, received_at from inbox_messages
      where customer = t.customer and business_number = t.business_number
      order by occurred_at desc, received_at desc limit 1) i on true
    left join lateral (
      select message_type, request, sent_text, created_at from messages
      where recipient = t.customer
        and (t.business_number = '' or sender is null or sender = '' or sender = t.business_number)
      order by id desc limit 1) o on true
    left join lateral (
      select customer_name from inbox_messages
      where customer = t.customer and customer_name is not null
      order by occurred_at desc limit 1) n on true
    order by t.last_at desc
  `)) as { rows: ThreadRow[] };
  return rows;
}

const dateOf = (value: Date | string | null) => (value === null ? null : new Date(value));

function toSummary(row: ThreadRow): ThreadSummary {
  const occurredAt = dateOf(row.inbox_at);
  // The conversation's own rule for a whole-second timestamp beside a send's milliseconds, so the line shows the
  // message the thread shows last.
  const inboxAt = occurredAt && inboxMessageTime(occurredAt, dateOf(row.inbox_received_at) ?? occurredAt);
  const outboundAt = dateOf(row.outbound_at);
  const lastAt = new Date(row.last_at);
  const last =
    outboundAt && (!inboxAt || outboundAt > inboxAt)
      ? {
          direction: "outbound" as const,
          kind: row.outbound_type ?? "",
          text: summarize(row.outbound_request, row.outbound_sent_text),
          request: row.outbound_request,
          sentText: row.outbound_sent_text,
          at: outboundAt,
        }
      : inboxAt
        ? {
            direction: row.inbox_direction ?? "inbound",
            kind: row.inbox_kind ?? "",
            text: row.inbox_text,
            content: row.inbox_content ?? undefined,
            at: inboxAt,
          }
        : null;
  return {
    customer: row.customer,
    businessNumber: row.business_number,
    customerName: row.customer_name,
    last,
    lastActivityAt: last && last.at > lastAt ? last.at : lastAt,
    lastInboundAt: dateOf(row.last_inbound_at),
    unread: Number(row.unread),
    assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name ?? "" } : null,
  };
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
      .orderBy(desc(inboxMessages.occurredAt), desc(inboxMessages.receivedAt))
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

/**
 * The business number the customer wrote to last ('' for none reported): where a link that names only the customer
 * goes. Connectly stamps in whole seconds, so of two messages in one second the one received later is the last.
 */
export async function latestBusinessNumberOf(db: Db, customer: string): Promise<string | null> {
  const [row] = await db
    .select({ businessNumber: inboxMessages.businessNumber })
    .from(inboxMessages)
    .where(eq(inboxMessages.customer, customer))
    .orderBy(desc(inboxMessages.occurredAt), desc(inboxMessages.receivedAt))
    .limit(1);
  return row?.businessNumber ?? null;
}

/**
 * The business number of the conversation a send from `sender` is in: the customer's thread with that number, or,
 * when they never wrote to it, their thread without a number, where such a send is made (its Sender picked) and
 * shown; with neither, the number itself, where the customer's answer will come.
 */
export async function conversationOfSend(db: Db, customer: string, sender: string): Promise<string> {
  const threads = await db
    .select({ businessNumber: inboxThreads.businessNumber })
    .from(inboxThreads)
    .where(and(eq(inboxThreads.customer, customer), inArray(inboxThreads.businessNumber, [sender, ""])));
  const numbers = new Set(threads.map((thread) => thread.businessNumber));
  return numbers.has("") && !numbers.has(sender) ? "" : sender;
}
