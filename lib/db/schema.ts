import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { InboundContent, InboundKind } from "@/lib/inbox/inbound-content";
import type { MessageType } from "@/lib/messages/registry";
import { users } from "./auth-schema";

export * from "./auth-schema";

export const ENDPOINTS = ["send/messages", "send/whatsapp_templated_messages"] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

/** What the history calls a message's kind: the composer kinds plus templates, which use their own endpoint. */
export type HistoryMessageType = MessageType | "template";

/**
 * "pending" is written before the call so a crash mid-send still leaves a trace; "sent" | "failed" is the
 * API's answer; "unknown" is a send whose answer never came (a timeout, a crash, a lost connection, a 5xx), so
 * Connectly may or may not have taken it; the rest arrive later by webhook.
 */
export const MESSAGE_STATUSES = [
  "pending",
  "unknown",
  "sent",
  "failed",
  "delivered",
  "read",
  "delivery_failed",
] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/**
 * The prefix lengths (in characters, "+" included: the first 2 to 6 digits of a number) with an index of their own
 * on messages, for a recipient prefix that matches too many rows to sort and too few to find by reading newest first.
 */
export const RECIPIENT_PREFIX_LENGTHS = [3, 4, 5, 6, 7] as const;

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const messages = pgTable(
  "messages",
  {
    // A monotonic ULID: sorts by creation time, so keyset pagination needs no second column.
    id: text("id").primaryKey(),
    /**
     * The composer's key for this message (lib/messages/send-key.ts): a second submission with it finds this row
     * instead of sending again. Null only on rows recorded before keys existed.
     */
    idempotencyKey: text("idempotency_key").unique("messages_idempotency_key_unique"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    // The database's clock, like created_at, so the two never disagree across app instances.
    updatedAt: timestamptz("updated_at")
      .notNull()
      .defaultNow()
      .$onUpdateFn(() => sql`now()`),
    endpoint: text("endpoint").$type<Endpoint>().notNull(),
    messageType: text("message_type").$type<HistoryMessageType>().notNull(),
    recipient: text("recipient").notNull(),
    recipientName: text("recipient_name"),
    sender: text("sender"),
    campaignName: text("campaign_name"),
    /** The exact body sent to Connectly. */
    // json, not jsonb: the request is kept byte for byte as sent, key order included, so history shows and
    // copies exactly what Connectly received.
    request: json("request").$type<unknown>().notNull(),
    status: text("status").$type<MessageStatus>().notNull(),
    statusAt: timestamptz("status_at"),
    /**
     * When Connectly's answer accepting the send was stored; status_at moves on with each delivery report. Null
     * while no answer with an id came, and on rows accepted before the column existed that WhatsApp had reported on.
     */
    acceptedAt: timestamptz("accepted_at"),
    connectlyId: text("connectly_id").unique("messages_connectly_id_unique"),
    attempts: integer("attempts").notNull().default(0),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    error: jsonb("error").$type<unknown>(),
    httpStatus: integer("http_status"),
    /**
     * What the search box looks in besides numbers and ids: the customer's name, the campaign and the words of the
     * message (see lib/history/search-text.ts), one line each. Filled by the send path.
     */
    searchText: text("search_text").notNull().default(""),
    /**
     * A template's words as the customer received them (its text header, then its body, with the values sent),
     * rendered from the definition it was sent with, so a later edit of the template does not change what history
     * and the Inbox say was sent. Null for session messages, and for templates sent before the column existed.
     */
    sentText: text("sent_text"),
    // Who pressed Send; null on rows from before sign-in existed. People are deactivated, never deleted.
    sentByUserId: text("sent_by_user_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    // Each filter is paired with id so a filtered page is read in order straight from the index.
    index("messages_status_id_idx").on(t.status, t.id),
    index("messages_message_type_id_idx").on(t.messageType, t.id),
    // text_pattern_ops: a prefix (LIKE '+1604%') can use the index under any collation, not only "C"; equality
    // on a full number uses it too, reading that customer's page newest first.
    index("messages_recipient_pattern_id_idx").on(t.recipient.op("text_pattern_ops"), t.id),
    // A prefix such as "+4479" (an area) can match 1-2% of a big history: the pattern index above returns those
    // rows by number, so a page would sort them all, and reading the primary key newest first passes ~50 rows for
    // each one shown. With the prefix's length fixed, left(recipient, n) = prefix reads the newest page in order.
    ...RECIPIENT_PREFIX_LENGTHS.map((length) =>
      index(`messages_recipient_left${length}_id_idx`).on(sql`left(${t.recipient}, ${sql.raw(String(length))})`, t.id),
    ),
    index("messages_search_text_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")),
    index("messages_sent_by_user_id_id_idx").on(t.sentByUserId, t.id),
  ],
);

export const messageEvents = pgTable(
  "message_events",
  {
    // bigint: at Connectly's 200 sends/s with several events each, int4 would run out within months.
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    // Null when a webhook outruns the send's response and its connectly_id is not yet on a message.
    messageId: text("message_id").references(() => messages.id),
    connectlyId: text("connectly_id").notNull(),
    status: text("status").$type<MessageStatus>().notNull(),
    occurredAt: timestamptz("occurred_at").notNull(),
    receivedAt: timestamptz("received_at").notNull().defaultNow(),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    payload: jsonb("payload").$type<unknown>(),
  },
  (t) => [
    // Connectly retries deliveries it thinks failed: the same event again must be a no-op insert.
    unique("message_events_connectly_id_status_occurred_at_unique").on(t.connectlyId, t.status, t.occurredAt),
    index("message_events_message_id_idx").on(t.messageId),
  ],
);

export const customerWindows = pgTable(
  "customer_windows",
  {
    customer: text("customer").notNull(),
    // '' rather than null when the business number is unknown: a primary key column cannot be null.
    businessNumber: text("business_number").notNull().default(""),
    lastInboundAt: timestamptz("last_inbound_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customer, t.businessNumber] }),
    // The windows open now: the Inbox's "Window open" and the sandbox's priming at start-up.
    index("customer_windows_last_inbound_at_idx").on(t.lastInboundAt),
  ],
);

/**
 * What customers wrote (and the business's own messages sent elsewhere, played back as echoes), one row per message
 * from the signed `messages` webhook. A thread is a customer and a business number; outbound messages come from
 * `messages`. Media are kept as their URLs and never fetched by the server.
 */
export const inboxMessages = pgTable(
  "inbox_messages",
  {
    // A monotonic ULID of when it was received.
    id: text("id").primaryKey(),
    /** Connectly's id for the message, or a hash of the body without one: a redelivery finds this row. */
    dedupeKey: text("dedupe_key").notNull().unique("inbox_messages_dedupe_key_unique"),
    /** "inbound" from the customer, "echo" for the business's own message sent from elsewhere. */
    direction: text("direction").$type<"inbound" | "echo">().notNull(),
    /** The customer's id as the composer writes it: E.164 when the event gives a number, else the BSUID. */
    customer: text("customer").notNull(),
    // '' when the event did not say, as in customer_windows.
    businessNumber: text("business_number").notNull().default(""),
    customerName: text("customer_name"),
    kind: text("kind").$type<InboundKind>().notNull(),
    text: text("text"),
    content: jsonb("content").$type<InboundContent>().notNull(),
    /** The Connectly id of the business's message a button or list reply answers. */
    replyToId: text("reply_to_id"),
    connectlyMessageId: text("connectly_message_id"),
    occurredAt: timestamptz("occurred_at").notNull(),
    receivedAt: timestamptz("received_at").notNull().defaultNow(),
    payload: jsonb("payload").$type<unknown>(),
  },
  (t) => [
    index("inbox_messages_thread_idx").on(t.customer, t.businessNumber, t.occurredAt),
    index("inbox_messages_occurred_at_idx").on(t.occurredAt),
  ],
);

/**
 * The name each customer last gave WhatsApp (their profile name in an inbound message), so the history search finds
 * every send to "Okafor", also those sent before Okafor first wrote and those with no Recipient name typed.
 * One row per customer id (number or BSUID) whatever the business number.
 */
export const customerNames = pgTable(
  "customer_names",
  {
    customer: text("customer").primaryKey(),
    name: text("name").notNull(),
    namedAt: timestamptz("named_at").notNull(),
  },
  (t) => [index("customer_names_name_trgm_idx").using("gin", sql`lower(${t.name}) gin_trgm_ops`)],
);

/**
 * One row per thread (a customer and a business number with at least one inbox message), holding what the Inbox's
 * list sorts and filters by, so that each filter reads its page newest first from an index instead of every thread
 * it could match. Written only by the triggers of migration 0016, in the statement that changes inbox_messages,
 * messages, customer_windows or inbox_assignments, so no write path can leave it behind.
 */
export const inboxThreads = pgTable(
  "inbox_threads",
  {
    customer: text("customer").notNull(),
    businessNumber: text("business_number").notNull(),
    /** The latest activity: an inbox message's occurred_at or the created_at of the latest send the thread shows. */
    lastAt: timestamptz("last_at").notNull(),
    /** The latest inbound message's received_at (inbox_reads.read_up_to is compared with it); null for echoes only. */
    lastInboundReceivedAt: timestamptz("last_inbound_received_at"),
    /** customer_windows' latest last_inbound_at for this number or for none (''), as the thread's window. */
    windowAt: timestamptz("window_at"),
    /** inbox_assignments' user_id. */
    assigneeId: text("assignee_id"),
  },
  (t) => [
    primaryKey({ columns: [t.customer, t.businessNumber] }),
    // window_at beside last_at: read newest first, Window open is tested on the index entry, not the row.
    index("inbox_threads_last_at_window_at_idx").on(t.lastAt, t.windowAt),
    index("inbox_threads_assignee_id_last_at_idx").on(t.assigneeId, t.lastAt),
    index("inbox_threads_window_at_idx").on(t.windowAt),
  ],
);

/** How far each person has read each thread: inbound messages received after `readUpTo` are unread for them. */
export const inboxReads = pgTable(
  "inbox_reads",
  {
    customer: text("customer").notNull(),
    businessNumber: text("business_number").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    readUpTo: timestamptz("read_up_to").notNull(),
  },
  (t) => [primaryKey({ columns: [t.customer, t.businessNumber, t.userId] })],
);

/** Who has each thread ("Assign to me"); at most one person. */
export const inboxAssignments = pgTable(
  "inbox_assignments",
  {
    customer: text("customer").notNull(),
    businessNumber: text("business_number").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assignedAt: timestamptz("assigned_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.customer, t.businessNumber] }), index("inbox_assignments_user_idx").on(t.userId)],
);

/** Saved replies: named snippets Admins and Agents insert with "/" in the message text; {{name}} is the customer's. */
export const savedReplies = pgTable(
  "saved_replies",
  {
    id: text("id").primaryKey(),
    // Unique in any capitals (the index below): "/" finds a name without minding them.
    name: text("name").notNull(),
    body: text("body").notNull(),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at")
      .notNull()
      .defaultNow()
      .$onUpdateFn(() => sql`now()`),
  },
  (t) => [uniqueIndex("saved_replies_name_lower_unique").on(sql`lower(${t.name})`)],
);
