import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAccount } from "@/lib/auth/accounts";
import { type SandboxServer, startSandboxServer } from "@/lib/connectly/sandbox/http-server";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { database } from "@/lib/db";
import { closeDb } from "@/lib/db/client";
import { getHistoryEntry, listHistory } from "@/lib/db/queries";
import { newSendKey } from "@/lib/messages/send-key";
import { normalizeTemplates } from "@/lib/templates/normalize";
import type { TemplateDefinition, TemplateMessageRequest } from "@/lib/templates/types";
import { sendTemplateMessage } from "./send-template-message";

let sandbox: SandboxServer;
let dataDir: string;
let agentId: string;

// The app's own configuration path, pointed at a standalone sandbox (real HTTP) and a fresh PGlite.
beforeAll(async () => {
  sandbox = await startSandboxServer();
  dataDir = await mkdtemp(path.join(tmpdir(), "send-template-test-"));
  vi.stubEnv("CONNECTLY_API_KEY", "");
  vi.stubEnv("CONNECTLY_BUSINESS_ID", "");
  vi.stubEnv("CONNECTLY_BASE_URL", sandbox.url);
  vi.stubEnv("DATABASE_URL", "");
  vi.stubEnv("PGLITE_DIR", path.join(dataDir, "pglite"));
  // Opened (and migrated) here, so a busy machine's slow first start of a fresh database does not time the send.
  await database();
  const agent = await createAccount({
    name: "Ana",
    email: "ana@example.com",
    password: "a long password",
    role: "agent",
  });
  if (!agent.ok) throw new Error(agent.error.message);
  agentId = agent.userId;
}, 60_000);

afterAll(async () => {
  await closeDb();
  await sandbox.close();
  await rm(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

const request: TemplateMessageRequest = {
  sender: "+14151111234",
  number: "+16044441111",
  templateName: "order_update",
  language: "en",
  parameters: [
    { name: "header_text", value: "#4521" },
    { name: "body_1", value: "Ana" },
    { name: "body_2", value: "#4521" },
    { name: "body_3", value: "Friday" },
    { name: "button_1_url", value: "4521" },
  ],
  campaignName: "shipping",
};

const templates = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });
const orderUpdateWords = "Order #4521 update\nHi Ana, your order #4521 has shipped and should arrive by Friday.";

describe("sendTemplateMessage", () => {
  it("sends the request with its send key in callbackData and records it in history as a sent template, with who sent it", async () => {
    const key = newSendKey();
    const outcome = await sendTemplateMessage(request, { key, sentBy: agentId, templates });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const [received] = sandbox.sandbox.received();
    expect(received?.path).toMatch(/\/send\/whatsapp_templated_messages$/);
    expect(received?.body).toEqual({ ...request, callbackData: { sendKey: key } });
    const entry = await getHistoryEntry(await database(), outcome.historyId);
    expect(entry).toMatchObject({
      endpoint: "send/whatsapp_templated_messages",
      messageType: "template",
      recipient: "+16044441111",
      sender: "+14151111234",
      campaignName: "shipping",
      status: "sent",
      connectlyId: outcome.connectlyId,
      idempotencyKey: key,
      request: { ...request, callbackData: { sendKey: key } },
      sentByUserId: agentId,
      sentText: orderUpdateWords,
    });
  });

  it("keeps the words as the template read when sent, so an edit of it later changes neither history nor search", async () => {
    const edited: TemplateDefinition[] = templates.map((template) =>
      template.name === "order_update"
        ? { ...template, body: { ...template.body, text: "Your parcel {{1}} {{2}} {{3}} is on its way." } }
        : template,
    );
    const sent = await sendTemplateMessage(request, { key: newSendKey(), sentBy: agentId, templates });
    if (!sent.ok) throw new Error(sent.error.message);
    const later = await sendTemplateMessage(request, { key: newSendKey(), sentBy: agentId, templates: edited });
    if (!later.ok) throw new Error(later.error.message);

    const db = await database();
    expect((await getHistoryEntry(db, sent.historyId))?.sentText).toBe(orderUpdateWords);
    expect((await getHistoryEntry(db, later.historyId))?.sentText).toBe(
      "Order #4521 update\nYour parcel Ana #4521 Friday is on its way.",
    );
    const found = await listHistory(db, {
      search: { kind: "text", words: ["has", "SHIPPED"], id: "has SHIPPED" },
    });
    const ids = found.entries.map((entry) => entry.id);
    expect(ids).toContain(sent.historyId);
    expect(ids).not.toContain(later.historyId);
  });

  it("records a refused template as failed, with Connectly's code and a next step", async () => {
    const outcome = await sendTemplateMessage(
      { ...request, templateName: "holiday_hours", parameters: [] },
      { key: newSendKey(), sentBy: agentId, templates },
    );

    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe("ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND");
    expect(outcome.error.hint).not.toBe("");
    const entry = await getHistoryEntry(await database(), outcome.error.historyId!);
    expect(entry).toMatchObject({
      status: "failed",
      errorCode: "ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND",
      messageType: "template",
    });
  });
});
