import "server-only";
import { guardedRoute } from "@/lib/auth/guard";
import { database } from "@/lib/db";
import { statusesOf } from "@/lib/db/queries";

const MAX_IDS = 100;

/** Current statuses of the history entries a page shows, polled while their delivery is still moving. */
export const GET = guardedRoute("GET /api/history/statuses", async (request) => {
  const ids = (new URL(request.url).searchParams.get("ids") ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean)
    .slice(0, MAX_IDS);
  const statuses = await statusesOf(await database(), ids);
  return Response.json(statuses, { headers: { "Cache-Control": "no-store" } });
});
