import "server-only";
import { stringify } from "csv-stringify/sync";
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { customerNamesOf, withCustomerNames } from "@/lib/db/customer-names";
import { type HistoryFilter, historyWhere } from "@/lib/db/queries";
import { messages, users } from "@/lib/db/schema";
import { statusLabel } from "./status-labels";
import { summarize } from "./summarize";
import { typeLabel } from "./type-label";

/** Rows read per query: big enough that a million rows take a thousand queries, small enough to stay a few MB. */
export const EXPORT_PAGE_SIZE = 1000;

export const EXPORT_HEADER = [
  "Time (UTC)",
  // "Message id" is Connectly's, as the composer and history call it; ours is the one in /history/<id>.
  "History id",
  "Message id",
  "Status",
  "Type",
  "Recipient",
  // As typed with the send; the next column is the name the customer writes with on WhatsApp, today's.
  "Recipient name",
  "WhatsApp name",
  "Sender",
  "Campaign",
  "Sent by",
  "Message",
  "Attempts",
  "Error code",
  "Error message",
  "HTTP status",
  "Request JSON",
] as const;

const CSV_OPTIONS = {
  // RFC 4180: CRLF between records, and any field holding a line break is quoted (csv-stringify quotes commas and
  // quotes by itself, line breaks only when told).
  record_delimiter: "windows",
  quoted_match: /[\r\n]/,
  // A cell starting with = + - @ (or tab, CR) would be run as a formula by a spreadsheet: a customer's name or
  // message could carry one. It gets a leading ' and is shown as text.
  escape_formulas: true,
} as const;

const columns = {
  id: messages.id,
  createdAt: messages.createdAt,
  connectlyId: messages.connectlyId,
  status: messages.status,
  messageType: messages.messageType,
  recipient: messages.recipient,
  recipientName: messages.recipientName,
  sender: messages.sender,
  campaignName: messages.campaignName,
  // Null for rows from before sign-in existed.
  sentBy: users.name,
  attempts: messages.attempts,
  errorCode: messages.errorCode,
  errorMessage: messages.errorMessage,
  httpStatus: messages.httpStatus,
  sentText: messages.sentText,
  // The stored text, byte for byte as sent: parsing and re-serializing could reorder keys.
  request: sql<string>`${messages.request}::text`,
};

function exportPage(db: Db, filter: HistoryFilter, before: string | undefined, limit: number) {
  return db
    .select(columns)
    .from(messages)
    .leftJoin(users, eq(users.id, messages.sentByUserId))
    .where(historyWhere(filter, before))
    .orderBy(desc(messages.id))
    .limit(limit);
}

type ExportRow = Awaited<ReturnType<typeof exportPage>>[number];

/**
 * The filtered history as CSV, newest first, read from the database a page at a time as the reader pulls, so the
 * whole history never sits in memory. Keyset pages (id < the last id sent) keep each query as cheap as the first.
 * Starts with a UTF-8 byte order mark: without it Excel reads the file as Latin-1 and garbles every name in another
 * script.
 */
export function historyCsv(db: Db, filter: HistoryFilter, pageSize = EXPORT_PAGE_SIZE): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let before: string | undefined;
  let headerSent = false;
  // The customers' names are looked up once, as the file starts: the same ones serve every page.
  let named: Promise<HistoryFilter> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(`\uFEFF${stringify([EXPORT_HEADER as unknown as string[]], CSV_OPTIONS)}`));
          return;
        }
        named ??= withCustomerNames(db, filter);
        const rows = await exportPage(db, await named, before, pageSize);
        if (rows.length > 0) {
          const names = await customerNamesOf(
            db,
            rows.map((row) => row.recipient),
          );
          const records = rows.map((row) => csvRecord(row, names.get(row.recipient) ?? null));
          controller.enqueue(encoder.encode(stringify(records, CSV_OPTIONS)));
        }
        const last = rows.at(-1);
        if (rows.length < pageSize || !last) controller.close();
        else before = last.id;
      },
    },
    // Nothing read ahead of the reader: one page in flight at most.
    { highWaterMark: 0 },
  );
}

// Status and Type read as on the screen ("Delivered", "Image"), for the people who open the file.
function csvRecord(row: ExportRow, whatsAppName: string | null): (string | number | null)[] {
  return [
    row.createdAt.toISOString(),
    row.id,
    row.connectlyId,
    statusLabel(row.status),
    typeLabel(row.messageType),
    row.recipient,
    row.recipientName,
    whatsAppName,
    row.sender,
    row.campaignName,
    row.sentBy,
    summarize(JSON.parse(row.request), row.sentText),
    row.attempts,
    row.errorCode,
    row.errorMessage,
    row.httpStatus,
    row.request,
  ];
}

/** history-2025-06-01-1430.csv, in UTC like the file's times. */
export function exportFileName(now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace("T", "-").replace(":", "");
  return `history-${stamp}.csv`;
}
