import "server-only";
import { guardedRoute } from "@/lib/auth/guard";
import { database } from "@/lib/db";
import { listThreads } from "@/lib/db/inbox";
import { toListItems } from "@/lib/inbox/thread-items";

/** GET /api/inbox: the threads, newest activity first, with this person's unread counts. The Inbox polls it. */
export const GET = guardedRoute("GET /api/inbox", async (_request, actor) => {
  const threads = await listThreads(await database(), actor?.id ?? "");
  return Response.json(
    { threads: toListItems(threads), checkedAt: new Date().toISOString() },
    { headers: { "cache-control": "no-store" } },
  );
});
