import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { afterTyping, TYPING_MAX_WAIT_MS, TYPING_PAUSE_MS } from "./after-typing";

describe("afterTyping", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test("runs once when the keys pause, not once per key", () => {
    const run = vi.fn();
    const later = afterTyping(run);
    for (let key = 0; key < 3; key++) {
      later.schedule();
      vi.advanceTimersByTime(10);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(TYPING_MAX_WAIT_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  test("runs at least every TYPING_MAX_WAIT_MS while a held key keeps repeating", () => {
    const runs: number[] = [];
    const later = afterTyping(() => runs.push(Date.now()));
    const start = Date.now();
    const repeat = 33;
    for (let elapsed = 0; elapsed < 1000; elapsed += repeat) {
      later.schedule();
      vi.advanceTimersByTime(repeat);
    }
    expect(runs.length).toBeGreaterThanOrEqual(4);
    // From the first key, then from each key after a run, the work waits no longer than the longest wait.
    const gaps = runs.map((at, i) => at - (i === 0 ? start : (runs[i - 1] ?? start)));
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(TYPING_MAX_WAIT_MS + repeat);
  });

  test("a cancelled run never happens", () => {
    const run = vi.fn();
    const later = afterTyping(run);
    later.schedule();
    later.cancel();
    vi.advanceTimersByTime(TYPING_MAX_WAIT_MS * 2);
    expect(run).not.toHaveBeenCalled();
  });
});
