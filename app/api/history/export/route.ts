import "server-only";
import { guardedRoute } from "@/lib/auth/guard";
import { database } from "@/lib/db";
import { env } from "@/lib/env";
import { exportFileName, historyCsv } from "@/lib/history/export-csv";
import { filterValuesOf, historyFilterFrom } from "@/lib/history/filter-params";

export const dynamic = "force-dynamic";

/** The history, filtered as on /history (same query parameters), as a CSV download streamed from the database. */
export const GET = guardedRoute("GET /api/history/export", async (request) => {
  const filter = historyFilterFrom(filterValuesOf(new URL(request.url).searchParams), env().defaultCountry);
  return new Response(historyCsv(await database(), filter), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(new Date())}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
