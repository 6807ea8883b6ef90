"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { listReturn } from "@/components/hooks/list-return";

const historyReturn = listReturn("history");

/**
 * On the History list: remembers its address (filters, page) for the message page's way back, and, arriving by
 * that way, gives the focus to the message's row, where the person left the list, rather than to the page's top.
 */
export function ReturnToRow() {
  useEffect(() => {
    historyReturn.remember(window.location.pathname + window.location.search);
    historyReturn.focusReturned(document.querySelectorAll<HTMLAnchorElement>("a[data-history-row]"));
  }, []);
  return null;
}

/** "← History" on a message's page: back to the list as the person left it, with the focus on this message's row. */
export function BackToHistory({ id }: { id: string }) {
  // Read after hydration: the server cannot know which list this tab came from.
  const [href, setHref] = useState("/history");
  useEffect(() => setHref(historyReturn.backHref()), []);
  return (
    <Link
      href={href}
      onClick={() => historyReturn.returnTo(`/history/${id}`)}
      className="text-brand-700 dark:text-brand-300 underline"
    >
      ← History
    </Link>
  );
}
