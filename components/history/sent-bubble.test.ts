import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type SandboxServer, startSandboxServer } from "@/lib/connectly/sandbox/http-server";
import type { HistoryEntry } from "@/lib/db/queries";
import { orderUpdateTo } from "@/test-support/sandbox-requests";
import { sentBubbleOf } from "./sent-bubble";

let sandbox: SandboxServer;

// Connectly's templates come over real HTTP from a standalone sandbox, as the detail page reads them.
beforeAll(async () => {
  sandbox = await startSandboxServer();
  vi.stubEnv("CONNECTLY_API_KEY", "");
  vi.stubEnv("CONNECTLY_BUSINESS_ID", "");
  vi.stubEnv("CONNECTLY_BASE_URL", sandbox.url);
});

afterAll(async () => {
  await sandbox.close();
  vi.unstubAllEnvs();
});

const WORDS = "Order #4521 update\nHi Ana, your order #4521 has shipped and should arrive by Friday.";

function templateRow(request: unknown, sentText: string | null): HistoryEntry {
  return {
    messageType: "template",
    request,
    sentText,
    recipient: "+16044441111",
    recipientName: "Ana",
  } as HistoryEntry;
}

describe("sentBubbleOf", () => {
  it("draws a template from its definition when that still reads as the words sent", async () => {
    const bubble = await sentBubbleOf(templateRow(orderUpdateTo("+16044441111"), WORDS));
    expect(bubble.kind).toBe("template");
  });

  it("shows the words kept instead of a bubble, once the template reads otherwise than when it was sent", async () => {
    const kept = "Order #4521 update\nHi Ana, your parcel #4521 left on Friday.";
    const bubble = await sentBubbleOf(templateRow(orderUpdateTo("+16044441111"), kept));
    expect(bubble).toEqual({ kind: "none", reason: expect.stringMatching(/has changed since/), words: kept });
  });

  it("shows the words kept for a template that is no longer among Connectly's", async () => {
    const gone = { ...orderUpdateTo("+16044441111"), templateName: "retired_template" };
    const bubble = await sentBubbleOf(templateRow(gone, "Our old words."));
    expect(bubble).toEqual({
      kind: "none",
      reason: expect.stringMatching(/no longer among Connectly's templates/),
      words: "Our old words.",
    });
  });
});
