import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "@/lib/db/client";
import { createAttempt } from "@/lib/db/queries";
import { testEngines } from "@/test-support/db-engines";
import { describeError } from "./describe-error";
import { installLogRedaction } from "./redact-logs";

const CUSTOMER = "+16044441111";
const SECRET_TEXT = "Your parcel code is 4521";
const API_KEY = "live-key-5f1c0e7a/9b2d+x";

describe.each(testEngines(process.env.TEST_DATABASE_URL))("a failed query on $kind", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createDatabase(await engine.freshConfig());
  }, 60_000);
  afterAll(async () => {
    await database.close();
    await engine.cleanup();
  });

  async function nulInsertError(): Promise<unknown> {
    try {
      await createAttempt(database.db, {
        endpoint: "send/messages",
        messageType: "text",
        recipient: CUSTOMER,
        recipientName: "Ana\u0000",
        request: { message: { text: SECRET_TEXT } },
      });
    } catch (error) {
      return error;
    }
    throw new Error("expected the insert to fail");
  }

  it("is described with its SQL and reason, without the customer's number or the message", async () => {
    const error = await nulInsertError();
    expect(String((error as Error).message)).toContain(CUSTOMER);

    const described = describeError(error);
    expect(described).toMatch(/^Failed query: insert into "messages"/);
    expect(described).toContain("(parameters withheld)");
    expect(described).not.toContain(CUSTOMER);
    expect(described).not.toContain(SECRET_TEXT);
  });

  it("is logged, by anyone's console.error, without them", async () => {
    const error = await nulInsertError();
    const lines: string[] = [];
    const saved = { ...console };
    const holder = globalThis as { __composerLogRedaction?: unknown };
    console.error = (...args: unknown[]) => lines.push(args.map(String).join(" "));
    console.log = console.error;
    try {
      installLogRedaction(API_KEY);
      console.error("⨯", error);
      console.log(
        `proxy said: key=${encodeURIComponent(API_KEY)} auth=${Buffer.from(`u:${API_KEY}`).toString("base64")}`,
      );
    } finally {
      Object.assign(console, saved);
      delete holder.__composerLogRedaction;
    }
    const logged = lines.join("\n");
    expect(logged).toContain("Failed query");
    expect(logged).not.toContain(CUSTOMER);
    expect(logged).not.toContain(SECRET_TEXT);
    expect(logged).not.toContain(encodeURIComponent(API_KEY));
    expect(logged).not.toContain(Buffer.from(`u:${API_KEY}`).toString("base64").slice(4, -4));
    expect(logged).toContain("[redacted]");
  });
});
