import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { users } from "@/lib/db/auth-schema";
import { createDatabase, type Database } from "@/lib/db/client";
import { claimAttempt, markFailed, markSent, type NewAttempt } from "@/lib/db/queries";
import { newSendKey } from "@/lib/messages/send-key";
import { testEngines } from "@/test-support/db-engines";
import { lookUpSend } from "./look-up-send";

const engines = testEngines(process.env.TEST_DATABASE_URL);

const attempt = (sentByUserId: string): NewAttempt => ({
  endpoint: "send/messages",
  messageType: "text",
  recipient: "+16045550123",
  request: { recipient: { id: "+16045550123" }, message: { text: "Your order has shipped" } },
  sentByUserId,
});

describe.each(engines)("what became of a send, asked by its key, on $kind", (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await createDatabase(await engine.freshConfig());
    await database.db.insert(users).values([
      { id: "ana", name: "Ana", email: "ana@example.com", role: "agent" },
      { id: "ben", name: "Ben", email: "ben@example.com", role: "agent" },
    ]);
  }, 60_000);

  afterAll(async () => {
    await database.close();
    await engine.cleanup();
  });

  test("a key nothing was recorded under is no send at all", async () => {
    expect(await lookUpSend(database.db, newSendKey(), "ana")).toBeNull();
  });

  test("a send still waiting for Connectly is said to be in progress, with its history entry", async () => {
    const key = newSendKey();
    const { entry } = await claimAttempt(database.db, { ...attempt("ana"), idempotencyKey: key });
    expect(await lookUpSend(database.db, key, "ana")).toMatchObject({
      ok: false,
      error: { code: "SEND_IN_PROGRESS", outcome: "unknown", historyId: entry.id },
    });
  });

  test("an accepted send is answered as a repeat of it would be: already sent, with its ids", async () => {
    const key = newSendKey();
    const { entry } = await claimAttempt(database.db, { ...attempt("ana"), idempotencyKey: key });
    await markSent(database.db, entry.id, { connectlyId: "wamid.accepted", attempts: 1 });
    expect(await lookUpSend(database.db, key, "ana")).toEqual({
      ok: true,
      historyId: entry.id,
      connectlyId: "wamid.accepted",
      attempts: 1,
      repeat: true,
    });
  });

  test("a refused send comes back refused, linking its history entry", async () => {
    const key = newSendKey();
    const { entry } = await claimAttempt(database.db, { ...attempt("ana"), idempotencyKey: key });
    await markFailed(database.db, entry.id, {
      attempts: 1,
      errorCode: "INVALID_RECIPIENT",
      errorMessage: "Not a WhatsApp number",
      error: { kind: "api", code: "INVALID_RECIPIENT", message: "Not a WhatsApp number", status: 400 },
      httpStatus: 400,
    });
    const outcome = await lookUpSend(database.db, key, "ana");
    expect(outcome?.ok).toBe(false);
    expect(outcome?.ok === false && outcome.error.historyId).toBe(entry.id);
    expect(outcome?.ok === false && outcome.error.outcome).toBeUndefined();
  });

  test("someone else's send is not told about, even with its key", async () => {
    const key = newSendKey();
    const { entry } = await claimAttempt(database.db, { ...attempt("ana"), idempotencyKey: key });
    await markSent(database.db, entry.id, { connectlyId: "wamid.anas", attempts: 1 });
    expect(await lookUpSend(database.db, key, "ben")).toBeNull();
  });
});
