import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { gateRequest } from "@/lib/security/gate";

/** Runs before every request and response: see lib/security/gate.ts. */
export function proxy(request: NextRequest) {
  const { appUrl, appUrlConfigured } = env();
  return gateRequest(request, { appUrl, appUrlConfigured, development: process.env.NODE_ENV === "development" });
}
