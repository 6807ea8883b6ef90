import "server-only";
import type { Db } from "@/lib/db/client";
import { sweepStalePending } from "@/lib/db/queries";
import { describeError } from "@/lib/logging/describe-error";
import { staleAfterMs } from "./record-send";

export const SWEEP_INTERVAL_MS = 60_000;

/** Marks sends left pending by a process that stopped as Unknown; says how many in the log. */
export async function sweepOnce(db: Db): Promise<number> {
  const swept = await sweepStalePending(db, staleAfterMs());
  if (swept > 0) {
    console.log(`${swept} send(s) left without Connectly's answer are now Unknown: they may have been sent.`);
  }
  return swept;
}

const holder = globalThis as typeof globalThis & { __composerSweeper?: ReturnType<typeof setInterval> };

/** Sweeps every minute from now on (one timer per process), without keeping the process alive for it. */
export function startSweeper(database: () => Promise<Db>): void {
  if (holder.__composerSweeper) return;
  holder.__composerSweeper = setInterval(() => {
    database()
      .then(sweepOnce)
      .catch((error: unknown) => console.error(`The pending-send sweep failed: ${describeError(error)}`));
  }, SWEEP_INTERVAL_MS);
  holder.__composerSweeper.unref();
}
