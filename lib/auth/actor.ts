import "server-only";
import { count } from "drizzle-orm";
import { database } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { getAuth } from "./auth";
import type { Role } from "./roles";
import { readSession } from "./session-reader";

/** The signed-in person a request comes from. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Who the request's session cookie belongs to, checked against the database (so a sign-out counts at once). */
export async function actorFromHeaders(headers: Headers): Promise<Actor | null> {
  return readSession(await database(), await getAuth(), headers);
}

let someoneExists = false;

/** Called when this process creates an account, so the first-run redirect stops without asking the database. */
export function noteAccountExists(): void {
  someoneExists = true;
}

/** Whether any account exists yet; remembered once true, since accounts are deactivated, never deleted. */
export async function hasAnyAccount(): Promise<boolean> {
  if (someoneExists) return true;
  const [row] = await (await database()).select({ n: count() }).from(users);
  someoneExists = (row?.n ?? 0) > 0;
  return someoneExists;
}
