"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { guardedAction } from "@/lib/auth/guard";
import type { ActionResult } from "./result";

/** Ends this session in the database at once (so a copy of the cookie is useless too) and clears the cookie. */
export const signOutAction = guardedAction("signOut", async function signOut(): Promise<ActionResult<object>> {
  await (await getAuth()).api.signOut({ headers: await headers() });
  redirect("/sign-in");
});
