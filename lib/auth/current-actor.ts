import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { type Actor, actorFromHeaders } from "./actor";

/** The signed-in person for the page being rendered; looked up once per request however many parts ask. */
export const currentActor = cache(async (): Promise<Actor | null> => actorFromHeaders(await headers()));
