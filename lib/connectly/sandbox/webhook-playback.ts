import { createHmac } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { type ConnectlyErrorBody, errorBody } from "./error-body";

/** Where and how the sandbox plays Connectly's webhooks back. */
export interface WebhookOptions {
  url: string;
  /** The webhook secret Connectly signs with. */
  secret: string;
  fetch?: typeof fetch;
  /**
   * When `sent`, `delivered` and `read` go out, in ms after the send was accepted (a failing delivery
   * uses the first two for `sent` and `delivery_failed`). Each event also waits for the one before it,
   * retries included, so they arrive in order.
   */
  delaysMs?: [number, number, number];
  /** The waits before each retry of an event the receiver did not answer 200; one retry per entry. */
  retryDelaysMs?: number[];
  /** One line per event: what was posted and how it ended. */
  log?: (line: string) => void;
}

export type DeliveryStatus = "sent" | "delivered" | "read" | "delivery_failed";

export interface WebhookParty {
  id: string;
  channelType: "whatsapp";
  name: string | null;
}

/** Per docs.connectly.ai "Webhook payload" and "Delivery Status Error Codes". */
export interface DeliveryStatusEvent {
  topic: "delivery_status";
  /** Unix seconds, as a string. */
  timestamp: string;
  /** The business number that sent the message. */
  sender: WebhookParty;
  /** The customer. */
  recipient: WebhookParty;
  statusUpdate: { id: string; status: DeliveryStatus; error: ConnectlyErrorBody | null };
  metadata: { campaign_name: string } | null;
  /** Present only when the send carried callbackData. */
  callbackData?: unknown;
}

/** A customer's message; it carries no topic in Connectly's examples. */
export interface InboundMessageEvent {
  timestamp: string;
  /** The customer. */
  sender: WebhookParty;
  /** The business number written to; left out when Connectly does not say which (the app has no number then). */
  recipient?: WebhookParty;
  message: {
    id: string;
    text?: string;
    attachments?: { type: string; url: string; caption?: string }[];
    location?: { latitude: number; longitude: number; name?: string; address?: string };
    /** The business's own message sent from elsewhere, played back to it. */
    isEcho?: boolean;
  };
  /** The message a button or list reply answers. */
  context?: { replyToId: string };
  buttonResponse?: { text: string; payload: string };
  listResponse?: { id: string; title: string; description?: string };
}

export interface WebhookDelivery {
  delivered: boolean;
  attempts: number;
  /** The receiver's last HTTP status; null when it could not be reached. */
  status: number | null;
}

export interface AcceptedSend {
  /** The id the send was answered with, which statusUpdate.id carries. */
  id: string;
  recipientId: string;
  senderId: string;
  callbackData?: unknown;
  campaignName?: string;
}

export interface Playback {
  /** Plays sent → delivered → read, or sent → delivery_failed, for one accepted send. */
  play(send: AcceptedSend, failsDelivery: boolean): void;
  /** Posts one event (with retries, or these waits before each retry) and says how it went. */
  post(event: DeliveryStatusEvent | InboundMessageEvent, retryDelaysMs?: number[]): Promise<WebhookDelivery>;
  /** Stops every pending event and in-flight post; resolves once they have all let go. */
  close(): Promise<void>;
}

const SIGNATURE_HEADER = "x-connectly-hmac-sha256";
const DEFAULT_DELAYS_MS: [number, number, number] = [700, 1500, 2500];
const DEFAULT_RETRY_DELAYS_MS = [1000, 3000];
const ATTEMPT_TIMEOUT_MS = 10_000;

/** Base64(HMAC-SHA256(secret, raw body)), as Connectly signs each webhook delivery. */
export function signWebhookBody(secret: string, body: string): string {
  return createHmac("sha256", secret).update(body).digest("base64");
}

// The documented example of delivery_failed; a number WhatsApp does not know is the likeliest failure [I].
function notOnWhatsApp(): ConnectlyErrorBody {
  return errorBody({
    status: 400,
    type: "ERROR_TYPE_INVALID_REQUEST",
    code: "ERROR_CODE_MESSAGE_PHONE_NUMBER_INVALID",
    message: "the recipient's phone number is not on WhatsApp",
  });
}

export function unixSeconds(date: Date): string {
  return String(Math.floor(date.getTime() / 1000));
}

export function party(id: string, name: string | null = null): WebhookParty {
  return { id, channelType: "whatsapp", name };
}

export function createPlayback(options: WebhookOptions, now: () => Date): Playback {
  const fetchImpl = options.fetch ?? fetch;
  const delays = options.delaysMs ?? DEFAULT_DELAYS_MS;
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const stopping = new AbortController();
  const { signal } = stopping;
  const running = new Set<Promise<void>>();

  // Unreferenced, so a pending event never keeps a process alive; aborted by close().
  const wait = (ms: number) => sleep(ms, undefined, { ref: false, signal });

  function statusEvent(send: AcceptedSend, status: DeliveryStatus): DeliveryStatusEvent {
    return {
      topic: "delivery_status",
      timestamp: unixSeconds(now()),
      sender: party(send.senderId),
      recipient: party(send.recipientId),
      statusUpdate: { id: send.id, status, error: status === "delivery_failed" ? notOnWhatsApp() : null },
      metadata: send.campaignName === undefined ? null : { campaign_name: send.campaignName },
      ...(send.callbackData === undefined ? {} : { callbackData: send.callbackData }),
    };
  }

  async function attempt(body: string): Promise<number | null> {
    try {
      const response = await fetchImpl(options.url, {
        method: "POST",
        headers: { "Content-Type": "text/plain", [SIGNATURE_HEADER]: signWebhookBody(options.secret, body) },
        body,
        signal: AbortSignal.any([signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return null;
    }
  }

  async function post(
    event: DeliveryStatusEvent | InboundMessageEvent,
    waits: number[] = retryDelays,
  ): Promise<WebhookDelivery> {
    const body = JSON.stringify(event);
    const what = "statusUpdate" in event ? `${event.statusUpdate.status} ${event.statusUpdate.id}` : "inbound message";
    let status: number | null = null;
    let attempts = 0;
    for (const retryDelay of [0, ...waits]) {
      if (retryDelay > 0) await wait(retryDelay);
      signal.throwIfAborted();
      attempts++;
      status = await attempt(body);
      // Connectly counts anything but 200 as a failed delivery and tries again.
      if (status === 200) break;
    }
    const delivered = status === 200;
    options.log?.(`webhook ${what}: ${status ?? "unreachable"} after ${attempts} attempt(s)`);
    return { delivered, attempts, status };
  }

  function track(work: Promise<void>): void {
    running.add(work);
    void work.finally(() => running.delete(work));
  }

  return {
    play(send, failsDelivery) {
      if (signal.aborted) return;
      const started = performance.now();
      const statuses: DeliveryStatus[] = failsDelivery ? ["sent", "delivery_failed"] : ["sent", "delivered", "read"];
      const playing = (async () => {
        for (const [i, status] of statuses.entries()) {
          await wait(Math.max(0, started + (delays[i] ?? 0) - performance.now()));
          await post(statusEvent(send, status));
        }
      })().catch((error: unknown) => {
        if (!signal.aborted) options.log?.(`webhook playback of ${send.id} stopped: ${String(error)}`);
      });
      track(playing);
    },
    post(event, waits) {
      const posting = post(event, waits);
      track(
        posting.then(
          () => undefined,
          () => undefined,
        ),
      );
      return posting;
    },
    async close() {
      stopping.abort(new Error("the sandbox was closed"));
      await Promise.allSettled([...running]);
    },
  };
}
