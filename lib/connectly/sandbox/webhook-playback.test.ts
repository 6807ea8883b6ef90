import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { setTimeout as delay } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { orderUpdateTo, SEND_PATH, send, sendTemplate, textTo } from "@/test-support/sandbox-requests";
import { startWebhookReceiver, type WebhookReceiver } from "@/test-support/webhook-receiver";
import { SANDBOX_API_KEY, SANDBOX_BUSINESS_NUMBER } from "./constants";
import { createSandbox, type Sandbox } from "./handler";
import { reservedNumberFor } from "./reserved";
import type { WebhookOptions } from "./webhook-playback";

const SECRET = "whsec-sandbox-test";
const CUSTOMER = "+16044441111";

let receiver: WebhookReceiver | undefined;
let sandbox: Sandbox | undefined;
let child: ChildProcess | undefined;

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = undefined;
  await sandbox?.close();
  await receiver?.close();
  sandbox = undefined;
  receiver = undefined;
});

async function setUp(webhook: Partial<WebhookOptions> = {}): Promise<{ sandbox: Sandbox; receiver: WebhookReceiver }> {
  receiver = await startWebhookReceiver(SECRET);
  sandbox = createSandbox({
    webhook: { url: receiver.url, secret: SECRET, delaysMs: [10, 30, 50], retryDelaysMs: [20, 20], ...webhook },
  });
  return { sandbox, receiver };
}

async function idOf(response: Response): Promise<string> {
  const body = (await response.json()) as { id?: string };
  expect(response.status).toBe(200);
  return body.id ?? "";
}

const statusesOf = (received: { body: Record<string, unknown> }[]) =>
  received.map(({ body }) => (body.statusUpdate as { status: string }).status);

describe("delivery status playback", () => {
  it("posts sent, delivered and read for an accepted message, each signed, in order, carrying its id", async () => {
    const { sandbox, receiver } = await setUp();
    const id = await idOf(await send(sandbox, textTo(CUSTOMER)));
    const received = await receiver.waitFor(3);
    expect(statusesOf(received)).toEqual(["sent", "delivered", "read"]);
    expect(received.every(({ signatureValid }) => signatureValid)).toBe(true);
    expect(received.every(({ headers }) => headers["content-type"] === "text/plain")).toBe(true);
    expect(received[0]?.body).toEqual({
      topic: "delivery_status",
      timestamp: expect.stringMatching(/^\d{10}$/),
      sender: { id: SANDBOX_BUSINESS_NUMBER, channelType: "whatsapp", name: null },
      recipient: { id: CUSTOMER, channelType: "whatsapp", name: null },
      statusUpdate: { id, status: "sent", error: null },
      metadata: null,
    });
  });

  it("posts sent then delivery_failed, with Connectly's error object, for the failing-delivery number", async () => {
    const { sandbox, receiver } = await setUp();
    const id = await idOf(await sendTemplate(sandbox, orderUpdateTo(reservedNumberFor("fails-delivery-later"))));
    const received = await receiver.waitFor(2);
    await delay(100); // long past when a read would have come
    expect(statusesOf(receiver.received)).toEqual(["sent", "delivery_failed"]);
    expect(received[1]?.body.statusUpdate).toEqual({
      id,
      status: "delivery_failed",
      error: {
        message: expect.stringMatching(/not on WhatsApp/),
        type: "ERROR_TYPE_INVALID_REQUEST",
        code: "ERROR_CODE_MESSAGE_PHONE_NUMBER_INVALID",
        userTitle: expect.any(String),
        userMessage: expect.any(String),
        cntTraceId: expect.stringMatching(/^[0-9a-f]{16}$/),
        details: {},
      },
    });
  });

  it("echoes callbackData, the campaign name and the chosen sender", async () => {
    const { sandbox, receiver } = await setUp();
    const callbackData = { orderId: "4521", tags: ["vip"] };
    await idOf(
      await sendTemplate(
        sandbox,
        orderUpdateTo(CUSTOMER, { callbackData, campaignName: "spring_2025", sender: "+14151111234" }),
      ),
    );
    const [sent] = await receiver.waitFor(1);
    expect(sent?.body).toMatchObject({
      sender: { id: "+14151111234" },
      metadata: { campaign_name: "spring_2025" },
      callbackData,
    });
  });

  it("names a BSUID recipient without the bsuid: prefix of the template endpoint", async () => {
    const { sandbox, receiver } = await setUp();
    await idOf(await sendTemplate(sandbox, orderUpdateTo("bsuid:US.13491208655302741918")));
    const [sent] = await receiver.waitFor(1);
    expect(sent?.body.recipient).toMatchObject({ id: "US.13491208655302741918" });
  });

  it("retries an event the receiver answered 500, with the very same signed body", async () => {
    const { sandbox, receiver } = await setUp();
    receiver.answerNext(500);
    await idOf(await send(sandbox, textTo(CUSTOMER)));
    const received = await receiver.waitFor(4);
    expect(statusesOf(received)).toEqual(["sent", "sent", "delivered", "read"]);
    expect(received[1]?.rawBody).toBe(received[0]?.rawBody);
    expect(received.map(({ status }) => status)).toEqual([500, 200, 200, 200]);
  });

  it("gives an event up after its retries and goes on with the next", async () => {
    const { sandbox, receiver } = await setUp();
    receiver.answerNext(500, 503, 500);
    await idOf(await send(sandbox, textTo(CUSTOMER)));
    const received = await receiver.waitFor(5);
    expect(statusesOf(received)).toEqual(["sent", "sent", "sent", "delivered", "read"]);
  });

  it("plays nothing back for a refused send", async () => {
    const { sandbox, receiver } = await setUp();
    const response = await send(sandbox, textTo(reservedNumberFor("window-closed")));
    expect(response.status).toBe(400);
    await delay(150);
    expect(receiver.received).toEqual([]);
  });

  it("stops pending events on close", async () => {
    const { sandbox, receiver } = await setUp({ delaysMs: [10, 600, 700] });
    await idOf(await send(sandbox, textTo(CUSTOMER)));
    await receiver.waitFor(1);
    const started = performance.now();
    await sandbox.close();
    expect(performance.now() - started).toBeLessThan(400); // rather than waiting for the pending events
    await delay(800);
    expect(statusesOf(receiver.received)).toEqual(["sent"]);
  });

  it("keeps no process alive while events are pending", async () => {
    const handler = new URL("./handler.ts", import.meta.url).href;
    const script = `
      import { createSandbox } from ${JSON.stringify(handler)};
      const webhook = { url: "http://127.0.0.1:9/", secret: "s", delaysMs: [60000, 60000, 60000] };
      const sandbox = createSandbox({ webhook });
      const response = await sandbox.handle(new Request("https://api.connectly.ai${SEND_PATH}", {
        method: "POST",
        headers: { "X-API-Key": ${JSON.stringify(SANDBOX_API_KEY)} },
        body: ${JSON.stringify(JSON.stringify(textTo(CUSTOMER)))},
      }));
      console.log(response.status);
    `;
    const running = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script]);
    child = running;
    let stdout = "";
    running.stdout.on("data", (chunk) => (stdout += String(chunk)));
    const started = performance.now();
    const [code] = await once(running, "exit");
    expect({ code, stdout: stdout.trim() }).toEqual({ code: 0, stdout: "200" });
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe("simulateInbound", () => {
  it("posts a signed inbound message from the customer to the business number", async () => {
    const { sandbox, receiver } = await setUp();
    const delivery = await sandbox.simulateInbound({
      customer: CUSTOMER,
      businessNumber: "+14151111234",
      text: "Where is my order?",
      customerName: "Ana",
    });
    expect(delivery).toEqual({ delivered: true, attempts: 1, status: 200 });
    const [inbound] = receiver.received;
    expect(inbound?.signatureValid).toBe(true);
    expect(inbound?.headers["content-type"]).toBe("text/plain");
    expect(inbound?.body).toEqual({
      timestamp: expect.stringMatching(/^\d{10}$/),
      sender: { id: CUSTOMER, channelType: "whatsapp", name: "Ana" },
      recipient: { id: "+14151111234", channelType: "whatsapp", name: null },
      message: { id: expect.any(String), text: "Where is my order?" },
    });
  });

  it("writes to the sandbox's own number when no business number is given", async () => {
    const { sandbox, receiver } = await setUp();
    await sandbox.simulateInbound({ customer: CUSTOMER, text: "Hi" });
    expect(receiver.received[0]?.body.recipient).toEqual({
      id: SANDBOX_BUSINESS_NUMBER,
      channelType: "whatsapp",
      name: null,
    });
  });

  it("names no business number when given null, as Connectly's webhooks without one are", async () => {
    const { sandbox, receiver } = await setUp();
    await sandbox.simulateInbound({ customer: CUSTOMER, businessNumber: null, text: "Hi" });
    const body = receiver.received[0]?.body;
    expect(body).toMatchObject({ sender: { id: CUSTOMER }, message: { text: "Hi" } });
    expect(body).not.toHaveProperty("recipient");
  });

  it("says so when the receiver never answered 200", async () => {
    const { sandbox, receiver } = await setUp();
    receiver.answerNext(500, 500, 500);
    const delivery = await sandbox.simulateInbound({ customer: CUSTOMER, text: "Hi" });
    expect(delivery).toEqual({ delivered: false, attempts: 3, status: 500 });
  });

  it("fails a signature check made with another secret", async () => {
    receiver = await startWebhookReceiver("another-secret");
    sandbox = createSandbox({ webhook: { url: receiver.url, secret: SECRET } });
    await sandbox.simulateInbound({ customer: CUSTOMER, text: "Hi" });
    expect(receiver.received.map(({ signatureValid }) => signatureValid)).toEqual([false]);
  });

  it("refuses a customer that is not a phone number or BSUID", async () => {
    const { sandbox } = await setUp();
    await expect(sandbox.simulateInbound({ customer: "604 444 1111", text: "Hi" })).rejects.toThrow(/customer/);
  });

  it("refuses a business number that is neither E.164 nor null", async () => {
    const { sandbox } = await setUp();
    await expect(sandbox.simulateInbound({ customer: CUSTOMER, businessNumber: "", text: "Hi" })).rejects.toThrow(
      /businessNumber/,
    );
  });

  it("rejects when the sandbox has no webhook", async () => {
    await expect(createSandbox().simulateInbound({ customer: CUSTOMER, text: "Hi" })).rejects.toThrow(/no webhook/);
  });
});
