import "server-only";
import { env } from "@/lib/env";
import { type Db, getDb } from "./client";

/** The app's database, configured from the environment and opened (and migrated) on first use. */
export async function database(): Promise<Db> {
  const { databaseUrl, pgliteDir } = env();
  return (await getDb({ databaseUrl, pgliteDir })).db;
}
