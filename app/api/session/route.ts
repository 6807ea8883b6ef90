import "server-only";
import { guardedRoute } from "@/lib/auth/guard";

/**
 * The signed-in person, for the header's keep-alive. Reading the session here, where cookies can be written, is
 * what slides its 30-day expiry forward for someone who only reads pages (a page render cannot set a cookie).
 */
export const GET = guardedRoute("GET /api/session", async (_request, actor) =>
  Response.json(
    { name: actor?.name, email: actor?.email, role: actor?.role },
    { headers: { "cache-control": "no-store" } },
  ),
);
