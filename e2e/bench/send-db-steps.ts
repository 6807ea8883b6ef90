/**
 * The database's part of one send, timed step by step outside Next: what sendOnce writes before Connectly's answer
 * (the attempt, claiming its send key), what it writes after (the answer), and the early delivery events' check,
 * each beside `select 1`, the engine's round trip with nothing to do. Part of `npm run bench:send`.
 */
import { sql } from "drizzle-orm";
import { createDatabase, type DatabaseConfig } from "@/lib/db/client";
import { applyEarlyEvents } from "@/lib/db/lifecycle";
import { claimAttempt, markSent } from "@/lib/db/queries";
import { newSendKey } from "@/lib/messages/send-key";

const WARMUP = 50;
const RUNS = 300;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timed(times: number[], work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await work();
  times.push(performance.now() - started);
}

/** p50 in ms of each step, over RUNS sends after WARMUP, on a database of its own. */
export async function sendDbSteps(config: DatabaseConfig): Promise<Record<string, number>> {
  const { db, close } = await createDatabase(config);
  const steps: Record<string, number[]> = {
    "select 1": [],
    "claim the attempt": [],
    "store the answer": [],
    "early events": [],
  };
  try {
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const take = (name: string) => (i < WARMUP ? [] : (steps[name] ?? []));
      const connectlyId = `bench-${i}-${newSendKey()}`;
      await timed(take("select 1"), () => db.execute(sql`select 1`));
      let id = "";
      await timed(take("claim the attempt"), async () => {
        const { entry } = await claimAttempt(db, {
          endpoint: "send/messages",
          messageType: "text",
          recipient: "+16044441111",
          recipientName: "Ada Lovelace",
          request: { recipient: { id: "+16044441111" }, message: { text: `Benchmark message ${i}` } },
          idempotencyKey: newSendKey(),
        });
        id = entry.id;
      });
      await timed(take("store the answer"), () => markSent(db, id, { connectlyId, attempts: 1 }));
      await timed(take("early events"), () => applyEarlyEvents(db, { id, connectlyId }));
    }
  } finally {
    await close();
  }
  return Object.fromEntries(Object.entries(steps).map(([name, times]) => [name, median(times)]));
}
