import "server-only";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

/** Both drivers' databases are this pg-core type, so queries are written once for PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseConfig {
  /** A postgres:// URL; when unset, the embedded PGlite at pgliteDir is used. */
  databaseUrl?: string;
  pgliteDir: string;
}

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

// Not import.meta.url: Next bundles server code into .next/server, where a path relative to this module no longer
// reaches the SQL files. Both `next start` and vitest run from the project root.
const migrationsFolder = () => path.join(process.cwd(), "lib", "db", "migrations");

/** Opens the database and brings its schema up to date. Nothing is opened at import time. */
export async function createDatabase(config: DatabaseConfig): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.pgliteDir);
}

// The engine modules are imported on demand so a PostgreSQL deployment never loads PGlite's WASM glue, and the
// reverse.
async function openPglite(dir: string): Promise<Database> {
  const where = `the PGlite database at ${dir}`;
  let close: (() => Promise<void>) | undefined;
  try {
    // PGlite creates only the last path segment itself.
    await mkdir(path.dirname(dir), { recursive: true });
    const [{ PGlite }, { pg_trgm }, { drizzle }, { migrate }] = await Promise.all([
      import("@electric-sql/pglite"),
      import("@electric-sql/pglite/contrib/pg_trgm"),
      import("drizzle-orm/pglite"),
      import("drizzle-orm/pglite/migrator"),
    ]);
    // PGlite's default shared_buffers makes a first open need far more memory than this app's data ever will.
    // pg_trgm must be loaded at open for the migrations' CREATE EXTENSION (history search) to find it.
    const client = await PGlite.create(dir, { postgresqlconf: ["shared_buffers = 16MB"], extensions: { pg_trgm } });
    close = () => client.close();
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: migrationsFolder() });
    return { db, kind: "pglite", close };
  } catch (error) {
    await close?.().catch(() => {});
    throw openError(where, error);
  }
}

async function openPostgres(url: string): Promise<Database> {
  const where = `the PostgreSQL database at ${redactPassword(url)}`;
  let close: (() => Promise<void>) | undefined;
  try {
    const [{ Pool }, { drizzle }, { migrate }] = await Promise.all([
      import("pg"),
      import("drizzle-orm/node-postgres"),
      import("drizzle-orm/node-postgres/migrator"),
    ]);
    const pool = new Pool({ connectionString: url, max: 10 });
    close = () => pool.end();
    // An idle connection dropped by the server (restart, failover) is emitted here; unhandled, it would kill the
    // process. The pool replaces the connection on the next query.
    pool.on("error", (error) => console.error(`Lost an idle connection to ${where}: ${error.message}`));
    const db = drizzle({ client: pool, schema });
    await migrate(db, { migrationsFolder: migrationsFolder() });
    return { db, kind: "postgres", close };
  } catch (error) {
    await close?.().catch(() => {});
    throw openError(where, error);
  }
}

function openError(where: string, cause: unknown): Error {
  return new Error(`Could not open ${where}: ${rootMessage(cause)}`, { cause });
}

// drizzle wraps driver errors as "Failed query: <sql>", and Node reports a refused connection to a host with
// several addresses as an AggregateError with no message: the useful words are further in.
function rootMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.cause !== undefined) return rootMessage(error.cause);
  if (error instanceof AggregateError && !error.message) return error.errors.map(rootMessage).join("; ");
  return error.message || error.name;
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(an unparsable DATABASE_URL)";
  }
}

// On globalThis, not in a module variable: Next can evaluate this module more than once in one process (separate
// bundle layers, dev reloads), and two PGlite instances on one data directory corrupt it.
const holder = globalThis as typeof globalThis & { __connectlyComposerDb?: Promise<Database> };

/**
 * The process-wide database, opened on first use. The first call's config wins. A failed open is forgotten, so the
 * next call tries again.
 */
export function getDb(config: DatabaseConfig): Promise<Database> {
  if (!holder.__connectlyComposerDb) {
    const opening = createDatabase(config);
    holder.__connectlyComposerDb = opening;
    opening.catch(() => {
      if (holder.__connectlyComposerDb === opening) holder.__connectlyComposerDb = undefined;
    });
  }
  return holder.__connectlyComposerDb;
}

/** Closes the process-wide database if it was opened; for the shutdown handler. */
export async function closeDb(): Promise<void> {
  const opening = holder.__connectlyComposerDb;
  holder.__connectlyComposerDb = undefined;
  if (!opening) return;
  const database = await opening.catch(() => undefined);
  await database?.close();
}
