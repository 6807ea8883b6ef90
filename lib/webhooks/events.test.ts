import { describe, expect, it } from "vitest";
import { parseWebhookEvent } from "./events";

const delivery = (statusUpdate: object, extra: object = {}) => ({
  topic: "delivery_status",
  timestamp: "1748772000",
  sender: { id: "+14155550100", channelType: "whatsapp" },
  recipient: { id: "+16044441111", channelType: "whatsapp" },
  statusUpdate: { id: "01JABC", status: "delivered", error: null, ...statusUpdate },
  metadata: { campaign_name: "june" },
  ...extra,
});

const inbound = (extra: object = {}) => ({
  timestamp: "1748772000",
  sender: { id: "+16044441111", channelType: "whatsapp", name: "Ada" },
  recipient: { id: "+14155550100", channelType: "whatsapp" },
  message: { text: "Hello" },
  ...extra,
});

const june1 = new Date("2025-06-01T10:00:00.000Z");

describe("parseWebhookEvent", () => {
  it("reads a delivery status with its unix-seconds timestamp", () => {
    expect(parseWebhookEvent(delivery({}))).toEqual({
      ok: true,
      event: {
        kind: "delivery_status",
        connectlyId: "01JABC",
        status: "delivered",
        occurredAt: june1,
        errorCode: null,
        errorMessage: null,
      },
    });
  });

  it("takes the code and words of a delivery failure from Connectly's or Meta's error fields", () => {
    const connectly = parseWebhookEvent(
      delivery({ status: "delivery_failed", error: { code: "ERROR_CODE_UNSPECIFIED", message: "undeliverable" } }),
    );
    const meta = parseWebhookEvent(
      delivery({
        status: "delivery_failed",
        error: { code: 131026, title: "Message undeliverable", error_data: { details: "not on WhatsApp" } },
      }),
    );
    expect(connectly).toMatchObject({ event: { errorCode: "ERROR_CODE_UNSPECIFIED", errorMessage: "undeliverable" } });
    expect(meta).toMatchObject({ event: { errorCode: "131026", errorMessage: "Message undeliverable" } });
    expect(parseWebhookEvent(delivery({ status: "delivery_failed" }))).toMatchObject({
      event: { status: "delivery_failed", errorCode: null, errorMessage: null },
    });
  });

  it("ignores the error of a status that is not a failure", () => {
    expect(parseWebhookEvent(delivery({ status: "read", error: { code: "X" } }))).toMatchObject({
      event: { status: "read", errorCode: null },
    });
  });

  it("accepts numeric, millisecond and ISO timestamps and a status in any case", () => {
    for (const timestamp of [1748772000, "1748772000000", "2025-06-01T10:00:00Z"]) {
      expect(parseWebhookEvent(delivery({}, { timestamp })), String(timestamp)).toMatchObject({
        event: { occurredAt: june1 },
      });
    }
    expect(parseWebhookEvent(delivery({ status: "READ" }))).toMatchObject({ event: { status: "read" } });
    expect(parseWebhookEvent(delivery({ status: "failed" }))).toMatchObject({ event: { status: "delivery_failed" } });
  });

  it("answers an unknown status or topic as ignored, not as an error", () => {
    expect(parseWebhookEvent(delivery({ status: "deleted" }))).toEqual({
      ok: true,
      event: { kind: "ignored", reason: 'delivery status "deleted" is not handled' },
    });
    expect(parseWebhookEvent({ topic: "template_status", name: "x" })).toMatchObject({
      ok: true,
      event: { kind: "ignored" },
    });
  });

  it("refuses a delivery status without an id or a usable timestamp, naming the field", () => {
    expect(parseWebhookEvent(delivery({ id: "" }))).toEqual({
      ok: false,
      problem: "delivery status: statusUpdate.id: is empty",
    });
    expect(parseWebhookEvent(delivery({}, { timestamp: "yesterday" }))).toEqual({
      ok: false,
      problem: 'delivery status: timestamp: "yesterday" is not a unix time in seconds',
    });
    expect(parseWebhookEvent({ topic: "delivery_status", timestamp: "1" })).toMatchObject({ ok: false });
  });

  it("reads an inbound message's customer under every id it gives, as the composer writes them", () => {
    const event = parseWebhookEvent(
      inbound({ sender: { id: "16044441111", userId: "US.13491208655302741918", phoneNumber: "+16044441111" } }),
    );
    expect(event).toMatchObject({
      ok: true,
      event: {
        kind: "inbound",
        customers: ["+16044441111", "US.13491208655302741918"],
        businessNumber: "+14155550100",
        occurredAt: june1,
        echo: false,
        message: { kind: "text", text: "Hello" },
      },
    });
  });

  it("leaves the business number empty when the event does not give it", () => {
    expect(parseWebhookEvent(inbound({ recipient: null }))).toMatchObject({ event: { businessNumber: "" } });
  });

  it("marks an echo of the business's own message, which the thread shows but which never opens the window", () => {
    expect(parseWebhookEvent(inbound({ message: { text: "hi", isEcho: true } }))).toMatchObject({
      ok: true,
      event: { kind: "inbound", echo: true },
    });
  });

  it("recognises a redelivery by Connectly's message id, or else by the body's hash", () => {
    const key = (body: object) => {
      const parsed = parseWebhookEvent(body);
      return parsed.ok && parsed.event.kind === "inbound" ? parsed.event.dedupeKey : null;
    };
    expect(key(inbound({ message: { id: "m1", text: "a" } }))).toBe("id:m1");
    expect(key(inbound())).toBe(key(inbound()));
    expect(key(inbound())).not.toBe(key(inbound({ message: { text: "Hello again" } })));
  });

  it("refuses an inbound message whose sender has no id", () => {
    expect(parseWebhookEvent(inbound({ sender: { name: "Ada" } }))).toEqual({
      ok: false,
      problem: "inbound message: sender has no id",
    });
  });

  it("refuses bodies that are not event objects", () => {
    for (const body of [null, [], "text", 42, { hello: "world" }]) {
      expect(parseWebhookEvent(body), JSON.stringify(body)).toMatchObject({ ok: false });
    }
  });
});

describe("webhook freshness", () => {
  const now = new Date("2025-06-01T10:00:00.000Z");
  const seconds = (date: Date) => String(Math.floor(date.getTime() / 1000));

  it("refuses an event dated more than 5 minutes ahead, like one in the year 9999", () => {
    const far = delivery({}, { timestamp: seconds(new Date("9999-01-01T00:00:00Z")) });
    const justOver = delivery({}, { timestamp: seconds(new Date(now.getTime() + 5 * 60_000 + 1000)) });
    expect(parseWebhookEvent(far, now)).toMatchObject({ ok: false, problem: expect.stringMatching(/5 minutes ahead/) });
    expect(parseWebhookEvent(justOver, now)).toMatchObject({ ok: false });
    expect(parseWebhookEvent(inbound({ timestamp: seconds(new Date("9999-01-01T00:00:00Z")) }), now)).toMatchObject({
      ok: false,
    });
  });

  it("accepts a clock a little ahead, and opens the window from the time received, the earlier of the two", () => {
    const ahead = new Date(now.getTime() + 4 * 60_000);
    expect(parseWebhookEvent(delivery({}, { timestamp: seconds(ahead) }), now)).toMatchObject({
      event: { occurredAt: ahead },
    });
    expect(parseWebhookEvent(inbound({ timestamp: seconds(ahead) }), now)).toMatchObject({
      event: { kind: "inbound", occurredAt: now },
    });
    const earlier = new Date(now.getTime() - 60_000);
    expect(parseWebhookEvent(inbound({ timestamp: seconds(earlier) }), now)).toMatchObject({
      event: { occurredAt: earlier },
    });
  });

  it("reads the send key from the echoed callbackData", () => {
    const tracked = delivery({}, { callbackData: { sendKey: "01JB0000000000000000000000", data: { ticket: 1 } } });
    expect(parseWebhookEvent(tracked, june1)).toMatchObject({ event: { sendKey: "01JB0000000000000000000000" } });
    expect(parseWebhookEvent(delivery({}, { callbackData: { sendKey: "not a key" } }), june1)).not.toMatchObject({
      event: { sendKey: expect.anything() },
    });
  });
});
