import { afterEach, describe, expect, it } from "vitest";
import { windowState } from "@/lib/whatsapp/window";
import { orderUpdateTo, send, sendTemplate, textTo } from "@/test-support/sandbox-requests";
import { startWebhookReceiver, type WebhookReceiver } from "@/test-support/webhook-receiver";
import { DEMO_CUSTOMERS, demoMessages } from "./demo-customers";
import { createSandbox } from "./handler";
import { reservedNumberFor } from "./reserved";

const STRANGER = "+16045550199";
const HOUR = 60 * 60 * 1000;

const withSender = (recipient: string, sender: string) => ({
  ...textTo(recipient),
  sender: { id: sender, channelType: "whatsapp" },
});

async function codeOf(response: Response): Promise<string | undefined> {
  return response.ok ? undefined : ((await response.json()) as { code: string }).code;
}

let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

describe("the sandbox's 24-hour window", () => {
  it("refuses a session message to a customer who never wrote, as Connectly does", async () => {
    const response = await send(createSandbox(), textTo(STRANGER));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      type: "ERROR_TYPE_DEADLINE_EXCEEDED",
      code: "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW",
    });
  });

  it("lets a template through whatever the window", async () => {
    expect((await sendTemplate(createSandbox(), orderUpdateTo(STRANGER))).status).toBe(200);
  });

  it("starts with demo customers who wrote recently, and the window-closed number 25 hours ago", async () => {
    const sandbox = createSandbox();
    const refused = [reservedNumberFor("window-closed"), reservedNumberFor("opted-out")];
    for (const customer of DEMO_CUSTOMERS) {
      const expected = refused.includes(customer.number) ? 400 : 200;
      expect((await send(sandbox, textTo(customer.number))).status, customer.number).toBe(expected);
    }
  });

  it("has the opted-out customer write first, so the dashboard's badge shows their window open", () => {
    const now = new Date();
    const wrote = demoMessages(["+14155550100"], now).filter(
      (inbound) => inbound.customer === reservedNumberFor("opted-out") && !inbound.echo,
    );
    expect(wrote).toHaveLength(1);
    const at = new Date(wrote[0]?.at ?? 0);
    expect(windowState(at, now).state).toBe("open");
  });

  it("opens the window once a simulated reply reached the app, for that business number only", async () => {
    receiver = await startWebhookReceiver("s");
    const sandbox = createSandbox({ webhook: { url: receiver.url, secret: "s" } });
    await sandbox.simulateInbound({ customer: STRANGER, businessNumber: "+14155550123", text: "Hi" });
    expect(await codeOf(await send(sandbox, withSender(STRANGER, "+14155550123")))).toBeUndefined();
    expect(await codeOf(await send(sandbox, textTo(STRANGER)))).toBeUndefined();
    expect(await codeOf(await send(sandbox, withSender(STRANGER, "+14151111234")))).toBe(
      "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW",
    );
    await sandbox.close();
  });

  it("opens the window for every business number once a reply naming none reached the app", async () => {
    receiver = await startWebhookReceiver("s");
    const sandbox = createSandbox({ webhook: { url: receiver.url, secret: "s" } });
    await sandbox.simulateInbound({ customer: STRANGER, businessNumber: null, text: "Hi" });
    expect(await codeOf(await send(sandbox, textTo(STRANGER)))).toBeUndefined();
    expect(await codeOf(await send(sandbox, withSender(STRANGER, "+14151111234")))).toBeUndefined();
    await sandbox.close();
  });

  it("opens the window-closed number's window when its customer writes again", async () => {
    receiver = await startWebhookReceiver("s");
    const sandbox = createSandbox({ webhook: { url: receiver.url, secret: "s" } });
    const closed = reservedNumberFor("window-closed");
    await sandbox.simulateInbound({ customer: closed, text: "Me again" });
    expect((await send(sandbox, textTo(closed))).status).toBe(200);
    await sandbox.close();
  });

  it("closes exactly 24 hours after the customer wrote, and follows the app's record once primed with it", async () => {
    let now = new Date("2026-01-01T00:00:00Z");
    const sandbox = createSandbox({ now: () => now });
    sandbox.rememberWindows([{ customer: STRANGER, businessNumber: "", at: now }]);
    now = new Date(now.getTime() + 24 * HOUR - 1);
    expect((await send(sandbox, textTo(STRANGER))).status).toBe(200);
    now = new Date(now.getTime() + 1);
    expect((await send(sandbox, textTo(STRANGER))).status).toBe(400);
    // The demo customers' windows were the sandbox's own: the app's record, which lacks them, replaced them.
    expect((await send(sandbox, textTo(DEMO_CUSTOMERS[0]?.number ?? ""))).status).toBe(400);
  });

  it("does not open the window for a reply the app never took", async () => {
    const sandbox = createSandbox({
      webhook: { url: "http://127.0.0.1:9/none", secret: "s", retryDelaysMs: [] },
    });
    const delivery = await sandbox.simulateInbound({ customer: STRANGER, text: "Hi" });
    expect(delivery.delivered).toBe(false);
    expect((await send(sandbox, textTo(STRANGER))).status).toBe(400);
    await sandbox.close();
  });
});
