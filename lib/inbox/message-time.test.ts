import { describe, expect, it } from "vitest";
import { inboxMessageTime } from "./message-time";

const at = (iso: string) => new Date(iso);

describe("inboxMessageTime", () => {
  it("places a whole-second time at our receipt when that came within its second", () => {
    expect(inboxMessageTime(at("2026-12-01T10:00:00Z"), at("2026-12-01T10:00:00.840Z"))).toEqual(
      at("2026-12-01T10:00:00.840Z"),
    );
  });

  it("places it at the end of its second when the webhook came later (a retry, a slow network)", () => {
    expect(inboxMessageTime(at("2026-12-01T10:00:00Z"), at("2026-12-01T10:00:07.100Z"))).toEqual(
      at("2026-12-01T10:00:00.999Z"),
    );
  });

  it("never places it after we received it, when Connectly's clock runs ahead", () => {
    expect(inboxMessageTime(at("2026-12-01T10:00:03Z"), at("2026-12-01T10:00:01.250Z"))).toEqual(
      at("2026-12-01T10:00:01.250Z"),
    );
  });

  it("takes a timestamp with milliseconds as exact", () => {
    expect(inboxMessageTime(at("2026-12-01T10:00:00.300Z"), at("2026-12-01T10:00:00.900Z"))).toEqual(
      at("2026-12-01T10:00:00.300Z"),
    );
  });
});
