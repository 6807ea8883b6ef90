import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import type { HistoryListEntry } from "@/lib/db/queries";
import { RecipientLines } from "./history-row-parts";

const entry = (recipientName: string | null) =>
  ({ recipient: "+16044441111", recipientName }) as unknown as HistoryListEntry;
const textOf = (html: string) => html.replace(/<[^>]+>/g, "|").replace(/\|+/g, "|");

describe("a history row's recipient", () => {
  test("shows the customer's WhatsApp name, said to be that, when no Recipient name was typed", () => {
    expect(textOf(renderToStaticMarkup(<RecipientLines entry={entry(null)} whatsAppName="Ada Lovelace" />))).toBe(
      "|+16044441111|Ada Lovelace| · WhatsApp name|",
    );
  });

  test("shows the typed Recipient name over the WhatsApp name", () => {
    expect(textOf(renderToStaticMarkup(<RecipientLines entry={entry("Ada")} whatsAppName="Ada Lovelace" />))).toBe(
      "|+16044441111|Ada|",
    );
  });

  test("shows the number alone when no name is known", () => {
    expect(textOf(renderToStaticMarkup(<RecipientLines entry={entry(null)} />))).toBe("|+16044441111|");
  });
});
