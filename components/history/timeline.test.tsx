import { eq } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Database, type Db } from "@/lib/db/client";
import { listEvents, recordDeliveryEvent } from "@/lib/db/lifecycle";
import { claimAttempt, getHistoryEntry, markSent, type NewAttempt } from "@/lib/db/queries";
import { messages } from "@/lib/db/schema";
import { testEngines } from "@/test-support/db-engines";
import { Timeline } from "./timeline";

const [pglite] = testEngines(undefined);
if (!pglite) throw new Error("PGlite is always among the test engines");

const attempt: NewAttempt = {
  endpoint: "send/messages",
  messageType: "text",
  recipient: "+16044441111",
  request: { recipient: { id: "+16044441111", channelType: "whatsapp" }, message: { text: "Hi" } },
};

// The step's own item: its label, then the times and notes under it, up to the next step.
function acceptedStep(html: string): string {
  const start = html.indexOf("Accepted by Connectly");
  expect(start).toBeGreaterThan(-1);
  const end = html.indexOf("<li", start);
  return html.slice(start, end === -1 ? undefined : end);
}

describe("the timeline's Connectly answer", () => {
  let database: Database;
  let db: Db;

  const render = async (id: string) => {
    const entry = await getHistoryEntry(db, id);
    if (!entry) throw new Error(`no entry ${id}`);
    return renderToStaticMarkup(<Timeline entry={entry} events={await listEvents(db, id)} sentBy="Ana Agent" />);
  };

  beforeAll(async () => {
    database = await createDatabase(await pglite.freshConfig());
    db = database.db;
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    await pglite.cleanup();
  });

  test("shows when Connectly accepted the message, as the other steps show their times", async () => {
    const { entry } = await claimAttempt(db, { ...attempt, idempotencyKey: "timeline-accepted" });
    const sent = await markSent(db, entry.id, { connectlyId: "01JTIMELINEACCEPTED0000001", attempts: 1 });
    const step = acceptedStep(await render(entry.id));
    expect(step).toContain(`<time dateTime="${sent.statusAt?.toISOString()}"`);
    expect(sent.statusAt?.getTime()).toBeGreaterThanOrEqual(entry.createdAt.getTime());
  });

  test("keeps showing when Connectly accepted the message after WhatsApp reported on it", async () => {
    const { entry } = await claimAttempt(db, { ...attempt, idempotencyKey: "timeline-delivered" });
    const sent = await markSent(db, entry.id, { connectlyId: "01JTIMELINEDELIVERED000001", attempts: 1 });
    const deliveredAt = new Date(Date.now() + 60_000);
    await recordDeliveryEvent(db, {
      connectlyId: "01JTIMELINEDELIVERED000001",
      status: "delivered",
      occurredAt: deliveredAt,
    });
    const html = await render(entry.id);
    const step = acceptedStep(html);
    expect(step).toContain(`<time dateTime="${sent.acceptedAt?.toISOString()}"`);
    expect(step).not.toContain(deliveredAt.toISOString());
    expect(step).not.toContain("not kept");
    expect(html).toContain(`<time dateTime="${deliveredAt.toISOString()}"`);
  });

  test("shows the answer's own time when a sent report reached the message before it", async () => {
    const { entry } = await claimAttempt(db, { ...attempt, idempotencyKey: "timeline-early" });
    const reportedAt = new Date(Date.now() + 30_000);
    await recordDeliveryEvent(db, {
      connectlyId: "01JTIMELINEEARLY0000000001",
      status: "sent",
      occurredAt: reportedAt,
      sendKey: "timeline-early",
    });
    const sent = await markSent(db, entry.id, { connectlyId: "01JTIMELINEEARLY0000000001", attempts: 1 });
    const step = acceptedStep(await render(entry.id));
    expect(step).toContain(`<time dateTime="${sent.acceptedAt?.toISOString()}"`);
    expect(step).not.toContain(reportedAt.toISOString());
  });

  test("says the time is not kept for a message accepted before its time was kept", async () => {
    const { entry } = await claimAttempt(db, { ...attempt, idempotencyKey: "timeline-older" });
    await markSent(db, entry.id, { connectlyId: "01JTIMELINEOLDER0000000001", attempts: 1 });
    await db.update(messages).set({ acceptedAt: null }).where(eq(messages.id, entry.id));
    const step = acceptedStep(await render(entry.id));
    expect(step).not.toContain("<time");
    expect(step).toContain("not kept");
  });
});
