import "server-only";
import { hasAnyAccount } from "@/lib/auth/actor";
import { getAuth } from "@/lib/auth/auth";
import { onSandboxOpened } from "@/lib/connectly";
import type { Sandbox } from "@/lib/connectly/sandbox/handler";
import { database } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { closeDb } from "@/lib/db/client";
import { hasInboxMessages, recentWindows } from "@/lib/db/inbox";
import { authSecret, EnvError, env } from "@/lib/env";
import { describeError } from "@/lib/logging/describe-error";
import { installLogRedaction } from "@/lib/logging/redact-logs";
import { allowHttpMedia } from "@/lib/messages/media-url";
import { startSweeper, sweepOnce } from "@/lib/sending/sweeper";

/**
 * The built-in simulator follows the app's own record of who wrote when, so the window badge and the simulator
 * agree after a restart too. On the first run (nothing in the Inbox yet) its demo customers write in instead,
 * through the webhook. Runs when the simulator is first opened (the Inbox opens it), not at start-up itself.
 */
async function startInProcessSandbox(db: Db, sandbox: Sandbox): Promise<void> {
  if (await hasInboxMessages(db)) {
    const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
    sandbox.rememberWindows(await recentWindows(db, since));
  } else {
    void sandbox.welcomeDemoCustomers();
  }
}

/**
 * Runs once when the server starts (instrumentation.ts): a bad configuration stops start-up with one line, and the
 * database is opened and migrated before the first request rather than during it. Sends a stopped process left
 * pending become Unknown now and, from then on, every minute.
 */
export async function startServer(): Promise<void> {
  try {
    const config = env();
    installLogRedaction(config.mode === "live" ? config.apiKey : undefined);
    // The sandbox never fetches media, so plain http:// links may be tried against it.
    allowHttpMedia(config.mode === "sandbox");
    authSecret();
    await sweepOnce(await database());
    startSweeper(database);
    await getAuth();
    onSandboxOpened(async (sandbox) => startInProcessSandbox(await database(), sandbox));
    console.log(
      config.mode === "sandbox"
        ? "Connectly: SANDBOX mode (no CONNECTLY_API_KEY): sends go to the built-in simulator."
        : `Connectly: live, ${config.baseUrl}, business ${config.businessId}.`,
    );
    if (!(await hasAnyAccount())) {
      console.log(`No account exists yet: open ${config.appUrl}/setup to create the first one (an Admin).`);
    }
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`Configuration error: ${error.message}`);
    } else {
      console.error(`Start-up failed: ${describeError(error)}`);
    }
    process.exit(1);
  }
  // Next exits on SIGTERM without closing PGlite, which then needs recovery on the next start; with
  // NEXT_MANUAL_SIG_HANDLE set (npm start does), shutting down is ours to do.
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void closeDb().finally(() => process.exit(0));
    });
  }
}
