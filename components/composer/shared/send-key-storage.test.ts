import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { newSendKey } from "@/lib/messages/send-key";
import { forgetAllDrafts } from "./draft-storage";
import {
  ENDED_SHOWN_MS,
  keepSubmittedKey,
  keyOpening,
  loadSubmittedKey,
  restoredKey,
  type SubmittedKey,
  settleSubmittedKey,
} from "./send-key-storage";

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const NOW = 1_700_000_000_000;
const submitted = (at = NOW): SubmittedKey => ({ key: newSendKey(), at, ended: false });
const ended = (at = NOW): SubmittedKey => ({ key: newSendKey(), at, ended: true });

describe("the send key kept with a submitted draft", () => {
  beforeEach(() => {
    vi.stubGlobal("window", { localStorage: memoryStorage() });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test("comes back as it was stored, for its type", () => {
    const stored = submitted();
    keepSubmittedKey("text", stored);
    expect(loadSubmittedKey("text")).toEqual(stored);
    expect(loadSubmittedKey("image")).toBeNull();
  });

  test("of a thread is kept apart from /compose's and from another thread's", () => {
    const thread = submitted();
    keepSubmittedKey("text", thread, "inbox:+16045550123:+14155550123");
    expect(loadSubmittedKey("text")).toBeNull();
    expect(loadSubmittedKey("text", "inbox:+16045550124:+14155550123")).toBeNull();
    expect(loadSubmittedKey("text", "inbox:+16045550123:+14155550123")).toEqual(thread);
  });

  test("is forgotten when set to null, and with every draft at sign-in", () => {
    keepSubmittedKey("text", submitted());
    keepSubmittedKey("text", null);
    expect(loadSubmittedKey("text")).toBeNull();
    keepSubmittedKey("template", submitted(), "inbox:+16045550123:+14155550123");
    forgetAllDrafts();
    expect(window.localStorage.length).toBe(0);
  });

  test("that is not a send key, or a hand-edited value, is no key at all", () => {
    window.localStorage.setItem("composer:send-key:text", JSON.stringify({ key: "abc", at: NOW, ended: false }));
    expect(loadSubmittedKey("text")).toBeNull();
    window.localStorage.setItem("composer:send-key:text", "{not json");
    expect(loadSubmittedKey("text")).toBeNull();
  });

  test("once answered, is marked ended, or forgotten, while it is still the one stored", () => {
    const stored = submitted();
    keepSubmittedKey("text", stored);
    const ended = { ...stored, at: NOW + 1, ended: true };
    settleSubmittedKey("text", stored.key, ended);
    expect(loadSubmittedKey("text")).toEqual(ended);
    settleSubmittedKey("text", stored.key, null);
    expect(loadSubmittedKey("text")).toBeNull();
  });

  test("once answered, leaves the key another tab submitted since in place, ended or forgotten", () => {
    const here = submitted();
    const otherTab = submitted(NOW + 1);
    keepSubmittedKey("text", otherTab);
    settleSubmittedKey("text", here.key, { ...here, ended: true });
    expect(loadSubmittedKey("text")).toEqual(otherTab);
    settleSubmittedKey("text", here.key, null);
    expect(loadSubmittedKey("text")).toEqual(otherTab);
    // Nor does it bring back a key that was cleared meanwhile.
    keepSubmittedKey("text", null);
    settleSubmittedKey("text", here.key, { ...here, ended: true });
    expect(loadSubmittedKey("text")).toBeNull();
  });

  test("a refused storage loses the key without breaking the composer", () => {
    const refusing = memoryStorage();
    refusing.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    vi.stubGlobal("window", { localStorage: refusing });
    expect(() => keepSubmittedKey("text", submitted())).not.toThrow();
    expect(loadSubmittedKey("text")).toBeNull();
  });
});

describe("what a composer opening over its draft does with the stored key", () => {
  const asSaved = { asSaved: true, saysSomething: true };

  test("a draft submitted with no answer yet goes on with its key, whatever time has passed", () => {
    const stored = submitted(NOW - 24 * 3_600_000);
    expect(keyOpening(stored, asSaved, NOW)).toEqual({ resume: stored.key });
  });

  test("a copy opened over the draft, or a message begun first, never inherits its key", () => {
    expect(keyOpening(submitted(), { asSaved: false, saysSomething: true }, NOW)).toBeNull();
    expect(keyOpening(ended(), { asSaved: false, saysSomething: false }, NOW)).toBeNull();
  });

  test("a send that ended just before the reload is shown again, its key not reused", () => {
    const stored = ended(NOW - 1_000);
    expect(keyOpening(stored, { asSaved: true, saysSomething: false }, NOW)).toEqual({ recall: stored.key });
  });

  test("a send that ended is not shown once the next message has words, or after a while", () => {
    expect(keyOpening(ended(NOW - 1_000), asSaved, NOW)).toBeNull();
    expect(keyOpening(ended(NOW - ENDED_SHOWN_MS), { asSaved: true, saysSomething: false }, NOW)).toBeNull();
  });

  test("nothing stored is nothing to ask about", () => {
    expect(keyOpening(null, asSaved, NOW)).toBeNull();
  });
});

describe("what restoring a draft set aside does with the key it carries", () => {
  test("a draft submitted with no answer seen goes on with its key, whatever time has passed", () => {
    const carried = submitted(NOW - 24 * 3_600_000);
    expect(restoredKey(carried)).toEqual({ resume: carried.key });
  });

  test("a draft whose send had ended, or never submitted, starts with a new key", () => {
    expect(restoredKey(ended())).toBeNull();
    expect(restoredKey(null)).toBeNull();
  });
});
