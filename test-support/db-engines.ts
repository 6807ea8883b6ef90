import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { ulid } from "ulid";
import type { DatabaseConfig } from "@/lib/db/client";

/** An engine the database tests run against, handing out empty databases and removing them afterwards. */
export interface TestEngine {
  kind: "pglite" | "postgres";
  /** The config of a database that has never been opened. */
  freshConfig(): Promise<DatabaseConfig>;
  /** Deletes every database this engine handed out. */
  cleanup(): Promise<void>;
}

/**
 * PGlite always; PostgreSQL too when the test file passes a server URL (from TEST_DATABASE_URL). Each PostgreSQL
 * database is created for the run and dropped after it, so runs never see each other's rows and a shared server
 * is left as found. The URL's role needs CREATEDB.
 */
export function testEngines(postgresUrl: string | undefined): TestEngine[] {
  return postgresUrl ? [pgliteEngine(), postgresEngine(postgresUrl)] : [pgliteEngine()];
}

function pgliteEngine(): TestEngine {
  const dirs: string[] = [];
  return {
    kind: "pglite",
    async freshConfig() {
      const dir = await mkdtemp(path.join(tmpdir(), "connectly-db-test-"));
      dirs.push(dir);
      // Nested, so every test also covers creating the data directory's missing parents.
      return { pgliteDir: path.join(dir, "data", "pglite") };
    },
    async cleanup() {
      await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

function postgresEngine(serverUrl: string): TestEngine {
  const names: string[] = [];
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    kind: "postgres",
    async freshConfig() {
      const name = `connectly_test_${ulid().toLowerCase()}`;
      await admin((client) => client.query(`CREATE DATABASE ${name}`));
      names.push(name);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return { databaseUrl: url.toString(), pgliteDir: path.join(tmpdir(), "unused-with-postgres") };
    },
    async cleanup() {
      const dropping = names.splice(0);
      await admin(async (client) => {
        for (const name of dropping) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
    },
  };
}
