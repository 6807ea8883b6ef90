import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { testEngines } from "@/test-support/db-engines";
import { createDatabase, type Database, type Db } from "./client";
import { customerNamesOf } from "./customer-names";
import { recordCustomerName } from "./lifecycle";

const engines = testEngines(process.env.TEST_DATABASE_URL);

describe.each(engines)("the customers' WhatsApp names for a page of history on $kind", (engine) => {
  let database: Database;
  let db: Db;

  beforeAll(async () => {
    database = await createDatabase(await engine.freshConfig());
    db = database.db;
    await recordCustomerName(db, "+16044441111", "Ada Lovelace", new Date("2026-12-01T10:00:00Z"));
    await recordCustomerName(db, "+16045550122", "Ben", new Date("2026-12-01T10:00:00Z"));
    await recordCustomerName(db, "+16045550122", "Ben Okafor", new Date("2026-12-02T10:00:00Z"));
    await recordCustomerName(db, "US.13491208655302741918", "Chloe Martin", new Date("2026-12-01T10:00:00Z"));
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    await engine.cleanup();
  });

  test("names each number on the page that has written, by the name it last wrote with", async () => {
    const names = await customerNamesOf(db, ["+16044441111", "+16045550122", "+442079460958", "+16044441111"]);
    expect(Object.fromEntries(names)).toEqual({ "+16044441111": "Ada Lovelace", "+16045550122": "Ben Okafor" });
  });

  test("finds a customer known by a BSUID as by a number", async () => {
    expect((await customerNamesOf(db, ["US.13491208655302741918"])).get("US.13491208655302741918")).toBe(
      "Chloe Martin",
    );
  });

  test("an empty page, or one of customers who never wrote, names no one", async () => {
    expect((await customerNamesOf(db, [])).size).toBe(0);
    expect((await customerNamesOf(db, ["+12015550199"])).size).toBe(0);
  });

  test("a number is compared whole, not as a pattern", async () => {
    expect((await customerNamesOf(db, ["+1604444111_", "+1604%"])).size).toBe(0);
  });
});
