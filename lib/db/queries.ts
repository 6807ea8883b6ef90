import "server-only";
import { and, desc, eq, getTableColumns, inArray, isNull, like, lt, or, type SQL, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { monotonicFactory } from "ulid";
import type { HistorySearch } from "@/lib/history/history-search";
import type { RecipientMatch } from "@/lib/history/recipient-match";
import { searchTextOf } from "@/lib/history/search-text";
import type { Db } from "./client";
import { customersNamed, type NamedCustomers, withCustomerNames } from "./customer-names";
import { containingLower, escapeLike } from "./like-pattern";
import {
  type Endpoint,
  type HistoryMessageType,
  type MessageStatus,
  messages,
  RECIPIENT_PREFIX_LENGTHS,
} from "./schema";

export type { Endpoint, HistoryMessageType, MessageStatus } from "./schema";

/** One send attempt as stored; `request` is the exact body sent, `error` the serialized failure. */
export type HistoryEntry = typeof messages.$inferSelect;

/** An entry as a history page lists it: without the search text, which only the search reads. */
export type HistoryListEntry = Omit<HistoryEntry, "searchText">;

// Only the search reads search_text, and PGlite's driver pays for every byte of the 51 rows a page hands over.
const { searchText: _searchText, ...listColumns } = getTableColumns(messages);

export interface NewAttempt {
  endpoint: Endpoint;
  messageType: HistoryMessageType;
  recipient: string;
  recipientName?: string;
  sender?: string;
  campaignName?: string;
  request: object;
  /** A template's words as sent (see the column in schema.ts). */
  sentText?: string | null;
  /** The composer's key for this message; unique in history. */
  idempotencyKey?: string;
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

/** An answer that never came, or one that does not say whether Connectly took the message: stored alike. */
export type UnknownOutcome = FailedOutcome;

export interface HistoryPage {
  entries: HistoryListEntry[];
  /** The `before` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

// Monotonic so ids made within one millisecond still sort in the order they were made.
const nextId = monotonicFactory();

/** Records an attempt as "pending" before Connectly is called. */
export async function createAttempt(db: Db, input: NewAttempt): Promise<HistoryEntry> {
  const [entry] = await db.insert(messages).values(attemptRow(input)).returning();
  if (!entry) throw new Error("INSERT … RETURNING gave no row");
  return entry;
}

/**
 * Records the attempt under its idempotency key, or finds the row that already holds the key. The unique
 * constraint decides, so of two submissions racing each other (in one process or in two app instances on one
 * PostgreSQL) exactly one gets `claimed: true` and may call Connectly.
 */
export async function claimAttempt(
  db: Db,
  input: NewAttempt & { idempotencyKey: string },
): Promise<{ claimed: boolean; entry: HistoryEntry }> {
  const [inserted] = await db
    .insert(messages)
    .values(attemptRow(input))
    .onConflictDoNothing({ target: messages.idempotencyKey })
    .returning();
  if (inserted) return { claimed: true, entry: inserted };
  const existing = await findByIdempotencyKey(db, input.idempotencyKey);
  if (!existing) throw new Error("The idempotency key conflicted with no row");
  return { claimed: false, entry: existing };
}

export async function findByIdempotencyKey(db: Db, key: string): Promise<HistoryEntry | null> {
  const [entry] = await db.select().from(messages).where(eq(messages.idempotencyKey, key));
  return entry ?? null;
}

function attemptRow(input: NewAttempt) {
  return {
    id: nextId(),
    idempotencyKey: input.idempotencyKey ?? null,
    endpoint: input.endpoint,
    messageType: input.messageType,
    recipient: input.recipient,
    recipientName: input.recipientName ?? null,
    sender: input.sender ?? null,
    campaignName: input.campaignName ?? null,
    request: input.request,
    sentText: input.sentText ?? null,
    sentByUserId: input.sentByUserId ?? null,
    searchText: searchTextOf(input),
    status: "pending" as const,
    statusAt: sql`now()`,
  };
}

// A delivery webhook may have reached the row first (by its send key) and moved it past "sent"; the answer only
// moves a row that is still waiting for it.
const awaitingAnswer = sql`${messages.status} in ('pending', 'unknown')`;

/** Connectly's answer came with an id. An Unknown row (the sweeper gave up on it) takes it too. */
export async function markSent(db: Db, id: string, outcome: SentOutcome): Promise<HistoryEntry> {
  return updateAttempt(db, id, {
    status: sql`case when ${awaitingAnswer} then 'sent' else ${messages.status} end`,
    statusAt: sql`case when ${awaitingAnswer} then now() else ${messages.statusAt} end`,
    // Kept apart from status_at, which delivery reports move on; also when a report reached the row first.
    acceptedAt: sql`coalesce(${messages.acceptedAt}, now())`,
    connectlyId: outcome.connectlyId,
    attempts: outcome.attempts,
    errorCode: null,
    errorMessage: null,
    error: null,
    httpStatus: null,
  });
}

/** Connectly definitely refused the message; a row a delivery report has already reached is left as it is. */
export async function markFailed(db: Db, id: string, outcome: FailedOutcome): Promise<HistoryEntry> {
  return updateAttempt(db, id, outcomeColumns("failed", outcome), and(awaitingAnswer, isNull(messages.connectlyId)));
}

/** No answer that tells: Connectly may have sent it. Only a row still pending moves; the row is returned as it is. */
export async function markUnknown(db: Db, id: string, outcome: UnknownOutcome): Promise<HistoryEntry> {
  return updateAttempt(db, id, outcomeColumns("unknown", outcome), eq(messages.status, "pending"));
}

function outcomeColumns(status: "failed" | "unknown", outcome: FailedOutcome | UnknownOutcome) {
  return {
    status,
    statusAt: sql`now()`,
    attempts: outcome.attempts,
    errorCode: outcome.errorCode,
    errorMessage: outcome.errorMessage,
    error: outcome.error,
    httpStatus: outcome.httpStatus ?? null,
  };
}

/** Why a row left pending by a process that stopped is Unknown, in the shape the other outcomes are stored in. */
export const INTERRUPTED_ERROR = {
  kind: "interrupted",
  code: "SEND_INTERRUPTED",
  message: "No answer from Connectly was recorded: the server stopped or lost track of the send before it came.",
} as const;

/**
 * Turns rows pending for longer than the client can take to give up into Unknown: whoever sent them stopped
 * before recording an answer. Safe to run from every app instance at once. Returns how many rows moved.
 */
export async function sweepStalePending(db: Db, olderThanMs: number): Promise<number> {
  const moved = await db
    .update(messages)
    .set({
      status: "unknown",
      statusAt: sql`now()`,
      errorCode: INTERRUPTED_ERROR.code,
      errorMessage: INTERRUPTED_ERROR.message,
      error: INTERRUPTED_ERROR,
    })
    .where(
      and(
        eq(messages.status, "pending"),
        lt(messages.createdAt, sql`now() - make_interval(secs => ${olderThanMs / 1000})`),
      ),
    )
    .returning({ id: messages.id });
  return moved.length;
}

/** Updates one row when `guard` holds; either way returns the row as it now is. */
async function updateAttempt(
  db: Db,
  id: string,
  values: PgUpdateSetSource<typeof messages>,
  guard?: SQL,
): Promise<HistoryEntry> {
  const [entry] = await db
    .update(messages)
    .set(values)
    .where(and(eq(messages.id, id), guard))
    .returning();
  if (entry) return entry;
  const current = await getHistoryEntry(db, id);
  if (!current) throw new Error(`No history entry with id ${id}`);
  return current;
}

export interface HistoryFilter {
  status?: MessageStatus;
  messageType?: HistoryMessageType;
  /** One customer's number, or every number starting with a prefix ("+1604": every number in that area). */
  recipient?: RecipientMatch;
  search?: HistorySearch;
  /** A person's user id: what they sent. */
  sentBy?: string;
  /** For each word of a text search, the customers named with it (withCustomerNames); without, names are not read. */
  namedCustomers?: NamedCustomers[];
}

/** The WHERE of a history listing: the filter, and with `before`, only entries older than that id. */
export function historyWhere(filter: HistoryFilter, before?: string): SQL | undefined {
  return and(
    before === undefined ? undefined : lt(messages.id, before),
    filter.status ? eq(messages.status, filter.status) : undefined,
    filter.messageType ? eq(messages.messageType, filter.messageType) : undefined,
    filter.recipient ? recipientCondition(filter.recipient) : undefined,
    filter.search ? searchCondition(filter.search, filter.namedCustomers) : undefined,
    filter.sentBy ? eq(messages.sentByUserId, filter.sentBy) : undefined,
  );
}

// A full number (equality) and a prefix of a length without its own left() index both use
// messages_recipient_pattern_id_idx (text_pattern_ops), whatever the collation.
function recipientCondition(match: RecipientMatch): SQL {
  return "exact" in match ? eq(messages.recipient, match.exact) : recipientPrefixCondition(match.prefix);
}

/**
 * Every number starting with `prefix`. At a length with its own index (RECIPIENT_PREFIX_LENGTHS) it is said as
 * left(recipient, n) = prefix, alone: that index reads the page newest first, and a LIKE beside it, though it
 * changes nothing, would make the planner count the rows twice, expect a handful and sort them all.
 */
function recipientPrefixCondition(prefix: string): SQL {
  const length = [...prefix].length;
  if ((RECIPIENT_PREFIX_LENGTHS as readonly number[]).includes(length)) {
    return sql`left(${messages.recipient}, ${sql.raw(String(length))}) = ${prefix}`;
  }
  return like(messages.recipient, `${escapeLike(prefix)}%`);
}

function searchCondition(search: HistorySearch, named: NamedCustomers[] = []): SQL | undefined {
  if (search.kind === "number") return eq(messages.recipient, search.recipient);
  return or(
    eq(messages.connectlyId, search.id),
    eq(messages.id, search.id),
    search.recipientPrefix ? recipientPrefixCondition(search.recipientPrefix) : undefined,
    and(...search.words.map((word, i) => wordCondition(word, named[i]))),
  );
}

/** A word of the search is in the message's search text, or in the name its customer writes with. */
function wordCondition(word: string, named: NamedCustomers | undefined): SQL | undefined {
  // search_text is kept in lower case (see lib/history/search-text.ts).
  const inText = like(messages.searchText, containingLower(word));
  if (named === undefined || named.length === 0) return inText;
  return or(inText, inArray(messages.recipient, named === "many" ? customersNamed(word) : named));
}

/** The query behind one history page, newest first; for listHistory, and for benchmarks to EXPLAIN. */
export function historyPageQuery(db: Db, options: { before?: string; limit?: number } & HistoryFilter = {}) {
  const { before, limit, ...filter } = options;
  // One row beyond the page says whether another page exists, without a count.
  return db
    .select(listColumns)
    .from(messages)
    .where(historyWhere(filter, before))
    .orderBy(desc(messages.id))
    .limit(clampLimit(limit) + 1);
}

/** Newest first. Pass the previous page's nextCursor as `before` for the next page. */
export async function listHistory(
  db: Db,
  options: { before?: string; limit?: number } & HistoryFilter = {},
): Promise<HistoryPage> {
  const limit = clampLimit(options.limit);
  const rows = await historyPageQuery(db, await withCustomerNames(db, options));
  const entries = rows.slice(0, limit);
  return { entries, nextCursor: rows.length > limit ? (entries.at(-1)?.id ?? null) : null };
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
