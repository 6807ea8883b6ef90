"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const POLL_MS = 2_000;

/**
 * Watches the entries on screen whose delivery is not final and re-renders the page when one moves, so a person
 * sees sent → delivered → read without reloading. Polling stops once nothing on screen can change.
 */
export function AutoRefresh({ entries }: { entries: { id: string; status: string }[] }) {
  const router = useRouter();
  const ids = entries.map((e) => e.id).join(",");
  const { data } = useQuery({
    queryKey: ["history-statuses", ids],
    queryFn: async ({ signal }) => {
      const response = await fetch(`/api/history/statuses?ids=${encodeURIComponent(ids)}`, { signal });
      if (!response.ok) throw new Error(`status poll failed: ${response.status}`);
      return (await response.json()) as { id: string; status: string }[];
    },
    enabled: ids !== "",
    refetchInterval: POLL_MS,
  });
  useEffect(() => {
    if (!data) return;
    const shown = new Map(entries.map((e) => [e.id, e.status]));
    if (data.some((e) => shown.get(e.id) !== e.status)) router.refresh();
  }, [data, entries, router]);
  return null;
}
