"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

const LIST_KEY = "history:list-address";
const ROW_KEY = "history:return-to";

// Storage may be refused (a privacy setting): "← History" is then the first page, and the focus starts at the top.
function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {}
}

/**
 * On the History list: remembers its address (filters, page) for the message page's way back, and, arriving by
 * that way, gives the focus to the message's row, where the person left the list, rather than to the page's top.
 */
export function ReturnToRow() {
  useEffect(() => {
    write(LIST_KEY, window.location.pathname + window.location.search);
    const id = read(ROW_KEY);
    write(ROW_KEY, null);
    if (!id) return;
    // The table and the cards both hold the row; only the one drawn at this width can take the focus.
    const row = [...document.querySelectorAll<HTMLAnchorElement>("a[data-history-row]")].find(
      (link) => link.getAttribute("href") === `/history/${id}` && link.getClientRects().length > 0,
    );
    row?.focus();
  }, []);
  return null;
}

/** "← History" on a message's page: back to the list as the person left it, with the focus on this message's row. */
export function BackToHistory({ id }: { id: string }) {
  // Read after hydration: the server cannot know which list this tab came from.
  const [href, setHref] = useState("/history");
  useEffect(() => {
    const list = read(LIST_KEY);
    if (list?.startsWith("/history")) setHref(list);
  }, []);
  return (
    <Link href={href} onClick={() => write(ROW_KEY, id)} className="text-brand-700 dark:text-brand-300 underline">
      ← History
    </Link>
  );
}
