import "server-only";
import { guardedRoute } from "@/lib/auth/guard";
import { database } from "@/lib/db";
import { getWindow } from "@/lib/db/lifecycle";
import { E164_PATTERN, recipientKind } from "@/lib/messages/recipient";
import type { WindowLookup } from "@/lib/whatsapp/window";

/**
 * GET /api/windows?recipient=<E.164 or BSUID>&sender=<E.164, optional>: when the customer last wrote (to that
 * business number, or to any when none is chosen). The composer's window badge polls it.
 */
export const GET = guardedRoute("GET /api/windows", async (request) => {
  const params = new URL(request.url).searchParams;
  const recipient = (params.get("recipient") ?? "").trim();
  const sender = (params.get("sender") ?? "").trim();
  if (!recipientKind(recipient)) {
    return Response.json({ error: "recipient must be an E.164 number or a BSUID." }, { status: 400 });
  }
  if (sender !== "" && !E164_PATTERN.test(sender)) {
    return Response.json({ error: "sender must be an E.164 business number." }, { status: 400 });
  }
  const window = await getWindow(await database(), recipient, sender || undefined);
  const lookup: WindowLookup = {
    recipient,
    sender,
    lastInboundAt: window?.lastInboundAt.toISOString() ?? null,
    checkedAt: new Date().toISOString(),
  };
  return Response.json(lookup, { headers: { "cache-control": "no-store" } });
});
