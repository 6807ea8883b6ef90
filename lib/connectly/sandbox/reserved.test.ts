import { isValidPhoneNumber } from "libphonenumber-js";
import { describe, expect, it } from "vitest";
import { send, textTo } from "@/test-support/sandbox-requests";
import { createSandbox } from "./handler";
import { RESERVED_NUMBERS, reservedNumberFor, willFailDelivery } from "./reserved";

describe("reserved recipient numbers", () => {
  it("are all valid phone numbers, so the app's own checks let them through", () => {
    expect(RESERVED_NUMBERS.filter(({ number }) => !isValidPhoneNumber(number))).toEqual([]);
  });

  it("are distinct and each has its own behaviour", () => {
    expect(new Set(RESERVED_NUMBERS.map(({ number }) => number)).size).toBe(RESERVED_NUMBERS.length);
    expect(new Set(RESERVED_NUMBERS.map(({ behaviour }) => behaviour)).size).toBe(RESERVED_NUMBERS.length);
  });

  it("answers the closed-window number with Connectly's window error", async () => {
    const response = await send(createSandbox(), textTo(reservedNumberFor("window-closed")));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      type: "ERROR_TYPE_DEADLINE_EXCEEDED",
      code: "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW",
    });
  });

  it("answers the opted-out number with the opted-out error", async () => {
    const response = await send(createSandbox(), textTo(reservedNumberFor("opted-out")));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "ERROR_CODE_MESSAGE_CUSTOMER_OPTED_OUT" });
  });

  it("rate-limits the rate-limited number every time, asking to retry after a second", async () => {
    const sandbox = createSandbox();
    const statuses = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await send(sandbox, textTo(reservedNumberFor("rate-limited")));
      expect(response.headers.get("retry-after")).toBe("1");
      statuses.push(response.status);
    }
    expect(statuses).toEqual([429, 429]);
  });

  it("fails the server-error number with 500 every time", async () => {
    const sandbox = createSandbox();
    const first = await send(sandbox, textTo(reservedNumberFor("server-error")));
    const retry = await send(sandbox, textTo(reservedNumberFor("server-error")));
    expect([first.status, retry.status]).toEqual([500, 500]);
    expect(await first.json()).toMatchObject({ type: "ERROR_TYPE_UNSPECIFIED", code: "ERROR_CODE_UNSPECIFIED" });
  });

  it("takes the message of the accepted-then-unavailable number but answers 503, every time", async () => {
    const sandbox = createSandbox();
    const request = textTo(reservedNumberFor("accepted-then-unavailable"));
    const first = await send(sandbox, request);
    const again = await send(sandbox, request);
    expect([first.status, again.status]).toEqual([503, 503]);
    expect(await first.json()).toMatchObject({ code: "ERROR_CODE_UNSPECIFIED" });
  });

  it("answers the never-answering number with 504 once the hang is over", async () => {
    const sandbox = createSandbox({ hangMs: 30 });
    const started = performance.now();
    const response = await send(sandbox, textTo(reservedNumberFor("never-answers")));
    expect(response.status).toBe(504);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  it("stops hanging as soon as the request's signal aborts, rejecting with its reason", async () => {
    const sandbox = createSandbox({ hangMs: 10_000 });
    const started = performance.now();
    const outcome = send(sandbox, textTo(reservedNumberFor("never-answers")), { signal: AbortSignal.timeout(50) });
    await expect(outcome).rejects.toMatchObject({ name: "TimeoutError" });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(sandbox.received().map(({ status }) => status)).toEqual([499]);
  });

  it("accepts the number whose delivery fails later, and flags it for the delivery lifecycle", async () => {
    const number = reservedNumberFor("fails-delivery-later");
    expect((await send(createSandbox(), textTo(number))).status).toBe(200);
    expect(willFailDelivery(number)).toBe(true);
  });

  it("flags no ordinary number as failing delivery", () => {
    expect(willFailDelivery("+16044441111")).toBe(false);
  });

  it("accepts any other valid number whose customer wrote in the last 24 hours", async () => {
    const sandbox = createSandbox();
    sandbox.rememberWindows([{ customer: "+12015550199", businessNumber: "", at: new Date() }]);
    expect((await send(sandbox, textTo("+12015550199"))).status).toBe(200);
  });

  it("still validates the body before playing a reserved behaviour", async () => {
    const response = await send(createSandbox(), textTo(reservedNumberFor("server-error"), ""));
    expect(response.status).toBe(400);
  });
});
