import { type NextRequest, NextResponse } from "next/server";
import { database } from "@/lib/db";
import { statusesOf } from "@/lib/db/queries";

const MAX_IDS = 100;

/** Current statuses of the history entries a page shows, polled while their delivery is still moving. */
export async function GET(request: NextRequest) {
  const ids = (request.nextUrl.searchParams.get("ids") ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean)
    .slice(0, MAX_IDS);
  const statuses = await statusesOf(await database(), ids);
  return NextResponse.json(statuses, { headers: { "Cache-Control": "no-store" } });
}
