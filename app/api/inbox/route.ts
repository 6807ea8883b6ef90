import "server-only";
import { guardedRoute } from "@/lib/auth/guard";
import { database } from "@/lib/db";
import { listThreads } from "@/lib/db/inbox";
import { parseThreadFilter } from "@/lib/inbox/thread-filter";
import { toListItems } from "@/lib/inbox/thread-items";

/**
 * GET /api/inbox[?only=open,unread,mine]: the threads, newest activity first, with this person's unread counts,
 * filtered over all threads. The Inbox polls it.
 */
export const GET = guardedRoute("GET /api/inbox", async (request, actor) => {
  const only = parseThreadFilter(new URL(request.url).searchParams.get("only"));
  const threads = await listThreads(await database(), actor?.id ?? "", only);
  return Response.json(
    { threads: toListItems(threads), checkedAt: new Date().toISOString() },
    { headers: { "cache-control": "no-store" } },
  );
});
