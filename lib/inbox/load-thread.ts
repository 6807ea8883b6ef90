import "server-only";
import type { Db } from "@/lib/db/client";
import { getThread } from "@/lib/db/inbox";
import { getWindow } from "@/lib/db/lifecycle";
import { toThreadData } from "./thread-items";
import type { ThreadData, ThreadRef } from "./thread-types";

/** A thread as the page and its polling receive it, with the same window the composer's badge reads. */
export async function loadThreadData(db: Db, ref: ThreadRef): Promise<ThreadData> {
  const [thread, window] = await Promise.all([
    getThread(db, ref),
    getWindow(db, ref.customer, ref.businessNumber || undefined),
  ]);
  return toThreadData(thread, window?.lastInboundAt ?? null);
}
