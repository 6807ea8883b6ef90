import "server-only";
import { guardedRoute } from "@/lib/auth/guard";
import { database } from "@/lib/db";
import { loadThreadData } from "@/lib/inbox/load-thread";
import { parseThreadRef } from "@/lib/inbox/thread-input";

/** GET /api/inbox/thread?customer=&business=: one thread's messages both ways; its page polls it. */
export const GET = guardedRoute("GET /api/inbox/thread", async (request) => {
  const params = new URL(request.url).searchParams;
  const thread = parseThreadRef({
    customer: params.get("customer") ?? "",
    businessNumber: params.get("business") ?? "",
  });
  if (!thread) return Response.json({ error: "customer and business must name a thread." }, { status: 400 });
  return Response.json(await loadThreadData(await database(), thread), { headers: { "cache-control": "no-store" } });
});
