import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { afterTyping, heldWhileTyping, TYPING_MAX_WAIT_MS, TYPING_PAUSE_MS } from "./after-typing";

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

describe("heldWhileTyping", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test("shows a value at once when no key is coming", () => {
    const shown: string[] = [];
    const held = heldWhileTyping<string>(1000, (value) => shown.push(value));
    held.offer("a");
    expect(shown).toEqual(["a"]);
  });

  test("holds values offered while keys keep coming, and shows the latest once they pause", () => {
    const shown: string[] = [];
    const held = heldWhileTyping<string>(1000, (value) => shown.push(value));
    held.offer("start");
    for (let key = 0; key < 10; key++) {
      held.key();
      held.offer(`after key ${key}`);
      vi.advanceTimersByTime(10);
    }
    expect(shown).toEqual(["start"]);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(shown).toEqual(["start", "after key 9"]);
  });

  test("shows one value at most every maxWaitMs while a held key keeps repeating", () => {
    const shown: number[] = [];
    const held = heldWhileTyping<number>(1000, () => shown.push(Date.now()));
    const start = Date.now();
    for (let elapsed = 0; elapsed < 3000; elapsed += 33) {
      held.key();
      if (elapsed % 198 === 0) held.offer(elapsed);
      vi.advanceTimersByTime(33);
    }
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(shown.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < shown.length; i++) expect(Number(shown[i]) - Number(shown[i - 1])).toBeGreaterThanOrEqual(1000);
    expect(shown[0]).toBe(start);
  });

  test("drops the value it was holding on cancel", () => {
    const shown: string[] = [];
    const held = heldWhileTyping<string>(1000, (value) => shown.push(value));
    held.offer("first");
    held.key();
    held.offer("held");
    held.cancel();
    vi.advanceTimersByTime(5000);
    expect(shown).toEqual(["first"]);
  });
});
