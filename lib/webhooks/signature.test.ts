import { describe, expect, it } from "vitest";
import { isValidWebhookSignature, signWebhookBody } from "./signature";

const body = '{"topic":"delivery_status","statusUpdate":{"id":"01J","status":"read"}}';
const bytes = new TextEncoder().encode(body);

describe("webhook signatures", () => {
  it("signs as Base64 of HMAC-SHA256 over the body", () => {
    // The widely published HMAC-SHA256 example, so the test does not just repeat the implementation.
    expect(signWebhookBody("key", "The quick brown fox jumps over the lazy dog")).toBe(
      "97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=",
    );
    expect(signWebhookBody("secret", bytes)).toBe(signWebhookBody("secret", body));
  });

  it("accepts the signature of exactly these bytes under this secret", () => {
    expect(isValidWebhookSignature("secret", bytes, signWebhookBody("secret", body))).toBe(true);
    expect(isValidWebhookSignature("secret", bytes, ` ${signWebhookBody("secret", body)}\n`)).toBe(true);
  });

  it("refuses another secret, another body, a missing or a malformed signature", () => {
    const tampered = new TextEncoder().encode(body.replace("read", "sent"));
    expect(isValidWebhookSignature("secret", bytes, signWebhookBody("other", body))).toBe(false);
    expect(isValidWebhookSignature("secret", tampered, signWebhookBody("secret", body))).toBe(false);
    expect(isValidWebhookSignature("secret", bytes, null)).toBe(false);
    expect(isValidWebhookSignature("secret", bytes, "")).toBe(false);
    expect(isValidWebhookSignature("secret", bytes, "c2hvcnQ=")).toBe(false);
    expect(isValidWebhookSignature("secret", bytes, `${signWebhookBody("secret", body)}AAAA`)).toBe(false);
  });
});
