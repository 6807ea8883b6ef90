import { describe, expect, it } from "vitest";
import { closedWindowQuestion, describeWindow, WINDOW_MS, windowState } from "./window";

const wrote = new Date("2025-06-01T10:00:00.000Z");
const later = (ms: number) => new Date(wrote.getTime() + ms);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe("windowState", () => {
  it("is unknown when the customer never wrote", () => {
    expect(windowState(null, wrote)).toEqual({ state: "unknown" });
  });

  it("is open right after the customer writes, with the full 24 hours left", () => {
    expect(windowState(wrote, wrote)).toEqual({
      state: "open",
      closesAt: new Date("2025-06-02T10:00:00.000Z"),
      remainingMs: WINDOW_MS,
    });
  });

  it("is still open one millisecond before 24 hours", () => {
    expect(windowState(wrote, later(WINDOW_MS - 1))).toMatchObject({ state: "open", remainingMs: 1 });
  });

  it("is closed at exactly 24 hours", () => {
    expect(windowState(wrote, later(WINDOW_MS))).toEqual({
      state: "closed",
      closedAt: new Date("2025-06-02T10:00:00.000Z"),
      closedAgoMs: 0,
    });
  });

  it("counts how long ago it closed", () => {
    expect(windowState(wrote, later(WINDOW_MS + 3 * HOUR))).toMatchObject({ state: "closed", closedAgoMs: 3 * HOUR });
  });
});

describe("describeWindow", () => {
  const at = (ms: number) => describeWindow(windowState(wrote, later(ms)));

  it("gives the time left in hours and minutes, rounded down", () => {
    expect(at(WINDOW_MS - (5 * HOUR + 12 * MIN + 59_000))).toBe("Window open, 5 h 12 min left");
    expect(at(WINDOW_MS - 5 * HOUR)).toBe("Window open, 5 h left");
    expect(at(WINDOW_MS - 42 * MIN - 30_000)).toBe("Window open, 42 min left");
    expect(at(WINDOW_MS - 59_999)).toBe("Window open, less than a minute left");
  });

  it("says how long ago it closed and that only a template can reach the customer until they write", () => {
    expect(at(WINDOW_MS)).toBe(
      "Window closed just now: only a template can reach this customer until they write again",
    );
    expect(at(WINDOW_MS + 7 * MIN)).toBe(
      "Window closed 7 min ago: only a template can reach this customer until they write again",
    );
    expect(at(WINDOW_MS + 3 * HOUR + 59 * MIN)).toBe(
      "Window closed 3 h ago: only a template can reach this customer until they write again",
    );
    expect(at(WINDOW_MS + 47 * HOUR)).toBe(
      "Window closed 47 h ago: only a template can reach this customer until they write again",
    );
    expect(at(WINDOW_MS + 72 * HOUR)).toBe(
      "Window closed 3 days ago: only a template can reach this customer until they write again",
    );
  });

  it("says honestly that the customer never wrote, and that only a template can start the conversation", () => {
    expect(describeWindow({ state: "unknown" })).toBe(
      "No message from this customer yet: only a template can start the conversation",
    );
  });

  it("asks before a session send in the same words as the badge, for either state", () => {
    expect(closedWindowQuestion({ state: "unknown" })).toBe(
      "No message from this customer yet: only a template can start the conversation. " +
        "Connectly will refuse this message. Send a template instead?",
    );
    expect(closedWindowQuestion({ state: "closed", closedAt: wrote, closedAgoMs: 2 * HOUR })).toBe(
      "Window closed 2 h ago: only a template can reach this customer until they write again. " +
        "Connectly will refuse this message. Send a template instead?",
    );
  });
});
