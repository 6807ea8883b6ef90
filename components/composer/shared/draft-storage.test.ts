import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { newSendKey } from "@/lib/messages/send-key";
import { textDefaults } from "@/lib/messages/text";
import { templateDefaults } from "@/lib/templates/schema";
import {
  addressedAs,
  adoptOldSender,
  forgetAllDrafts,
  keepSetAside,
  loadDraft,
  loadSetAside,
  openingDraft,
  remembersSender,
  removeDraft,
  saveDraft,
  saysNothing,
  setSavedDraftAside,
} from "./draft-storage";
import { keepSubmittedKey, loadSubmittedKey, type SubmittedKey } from "./send-key-storage";

const addressed = { ...textDefaults, recipient: { id: "+16044441111", name: "" }, senderId: "+14155550123" };
const said = (text: string) => ({ ...addressed, message: { text } });
const aside = (text: string, submitted: SubmittedKey | null = null) => ({ values: said(text), submitted });

describe("saysNothing", () => {
  test("a draft that only has its address, a recipient name included, says nothing", () => {
    expect(saysNothing(addressed, textDefaults)).toBe(true);
    // A reply just sent keeps the name it went to: its draft is still nothing said.
    expect(saysNothing({ ...addressed, recipient: { id: "+16044441111", name: "Ada" } }, textDefaults)).toBe(true);
  });

  test("a word of text or a campaign name is something said", () => {
    expect(saysNothing({ ...addressed, message: { text: "Hi" } }, textDefaults)).toBe(false);
    expect(saysNothing({ ...addressed, campaignName: "spring" }, textDefaults)).toBe(false);
  });
});

describe("what opening a composer does with the saved draft", () => {
  const fresh = { seeded: false, started: false };

  test("restores a saved draft and says so when it holds words", () => {
    const draft = said("See you at 10");
    expect(openingDraft(draft, textDefaults, textDefaults, fresh)).toEqual({
      restore: draft,
      announce: true,
      setAside: null,
    });
  });

  test("restores a draft of only the address and options without a word, as every type shares them", () => {
    const shared = { ...addressed, campaignName: "spring", callbackData: "order-42" };
    expect(openingDraft(shared, textDefaults, textDefaults, fresh)).toMatchObject({ restore: shared, announce: false });
  });

  test("says a template's draft was restored once a template is chosen", () => {
    const chosen = { ...templateDefaults, templateName: "appointment_reminder", language: "en" };
    expect(openingDraft(chosen, templateDefaults, templateDefaults, fresh).announce).toBe(true);
  });

  test("sets the draft aside, not lost, when a copy from history is opened over it", () => {
    const draft = said("My half-written reply");
    const copy = said("The message sent yesterday");
    expect(openingDraft(draft, copy, textDefaults, { seeded: true, started: false })).toEqual({
      restore: null,
      announce: false,
      setAside: { values: draft, reason: "copy" },
    });
  });

  test("sets the draft aside when a message was begun before the page was ready", () => {
    const draft = said("Yesterday's words");
    expect(openingDraft(draft, textDefaults, textDefaults, { seeded: false, started: true })).toMatchObject({
      restore: null,
      setAside: { values: draft, reason: "begun" },
    });
  });

  test("keeps nothing aside that only holds what a send leaves behind, or the very copy opened again", () => {
    const seeded = { seeded: true, started: false };
    const afterSend = { ...addressed, campaignName: "spring" };
    expect(openingDraft(afterSend, said("A copy"), textDefaults, seeded).setAside).toBeNull();
    const template = { ...templateDefaults, templateName: "order_update", language: "en" };
    const cleared = { ...template, variables: { body_1: "", body_2: "" } };
    const copy = { ...template, variables: { body_1: "Ana", body_2: "#4521" } };
    expect(openingDraft(cleared, copy, templateDefaults, seeded).setAside).toBeNull();
    expect(openingDraft(said("The same copy"), said("The same copy"), textDefaults, seeded).setAside).toBeNull();
  });

  test("keeps a template's draft aside when one of its values holds words the copy does not", () => {
    const draft = { ...templateDefaults, templateName: "order_update", language: "en", variables: { body_1: "Ben" } };
    const copy = { ...draft, variables: { body_1: "Ana" } };
    expect(openingDraft(draft, copy, templateDefaults, { seeded: true, started: false }).setAside).toEqual({
      values: draft,
      reason: "copy",
    });
  });

  test("does nothing when nothing was saved", () => {
    expect(openingDraft(null, textDefaults, textDefaults, { seeded: true, started: true })).toEqual({
      restore: null,
      announce: false,
      setAside: null,
    });
  });
});

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

describe("a draft set aside", () => {
  beforeEach(() => {
    vi.stubGlobal("window", { localStorage: memoryStorage() });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test("is kept whole, address included, apart from the draft that is saved over it", () => {
    keepSetAside("text", aside("Old words"));
    saveDraft("text", said("The copy"));
    expect(loadSetAside("text", textDefaults)).toEqual(aside("Old words"));
    expect(loadDraft("text", textDefaults)?.message.text).toBe("The copy");
  });

  test("outlives the removal of the type's draft and its envelope, and goes when forgotten", () => {
    keepSetAside("text", aside("Old words"), "thread-1");
    saveDraft("text", said("Reply"), "thread-1");
    removeDraft("text", "thread-1");
    expect(loadDraft("text", textDefaults, "thread-1")).toBeNull();
    expect(loadSetAside("text", textDefaults, "thread-1")).toEqual(aside("Old words"));
    keepSetAside("text", null, "thread-1");
    expect(loadSetAside("text", textDefaults, "thread-1")).toBeNull();
  });

  test("belongs to its type and scope, and is forgotten with every draft at sign-out", () => {
    keepSetAside("text", aside("Old words", { key: newSendKey(), at: 1, ended: false }));
    expect(loadSetAside("image", textDefaults)).toBeNull();
    expect(loadSetAside("text", textDefaults, "thread-1")).toBeNull();
    forgetAllDrafts();
    expect(loadSetAside("text", textDefaults)).toBeNull();
    expect(window.localStorage.length).toBe(0);
  });

  test("drops what the form no longer knows, as a draft does", () => {
    keepSetAside("text", { values: { ...said("Old words"), retired: "field" }, submitted: null });
    expect(loadSetAside("text", textDefaults)).toEqual(aside("Old words"));
  });

  test("as stored by an earlier version, its values alone, comes back with no send key", () => {
    window.localStorage.setItem("composer:set-aside:text", JSON.stringify(said("Old words")));
    expect(loadSetAside("text", textDefaults)).toEqual(aside("Old words"));
  });
});

describe("the saved draft set aside as a composer opens over a copy", () => {
  beforeEach(() => {
    vi.stubGlobal("window", { localStorage: memoryStorage() });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test("takes the key it was submitted with, so the copy opened in its place does not get it", () => {
    const submitted = { key: newSendKey(), at: 1, ended: false };
    saveDraft("text", said("Sent, answer not seen"));
    keepSubmittedKey("text", submitted);
    expect(setSavedDraftAside("text", said("Sent, answer not seen"))).toEqual(
      aside("Sent, answer not seen", submitted),
    );
    expect(loadSubmittedKey("text")).toBeNull();
    // Also after a reload, until it is restored or discarded.
    expect(loadSetAside("text", textDefaults)).toEqual(aside("Sent, answer not seen", submitted));
  });

  test("takes its send's end with it too", () => {
    const ended = { key: newSendKey(), at: 1, ended: true };
    keepSubmittedKey("text", ended);
    setSavedDraftAside("text", said("Begun after a send"));
    expect(loadSetAside("text", textDefaults)?.submitted).toEqual(ended);
  });

  test("never submitted, carries no key", () => {
    expect(setSavedDraftAside("text", said("Never sent"))).toEqual(aside("Never sent"));
    expect(loadSetAside("text", textDefaults)?.submitted).toBeNull();
  });

  test("of a thread takes the thread's key, not /compose's", () => {
    const compose = { key: newSendKey(), at: 1, ended: false };
    const thread = { key: newSendKey(), at: 1, ended: false };
    keepSubmittedKey("text", compose);
    keepSubmittedKey("text", thread, "thread-1");
    expect(setSavedDraftAside("text", said("Reply"), "thread-1").submitted).toEqual(thread);
    expect(loadSubmittedKey("text")).toEqual(compose);
  });

  test("replaces the draft set aside before it, key and all", () => {
    keepSubmittedKey("text", { key: newSendKey(), at: 1, ended: false });
    setSavedDraftAside("text", said("First"));
    setSavedDraftAside("text", said("Second"));
    expect(loadSetAside("text", textDefaults)).toEqual(aside("Second"));
  });
});

describe("a thread's draft, addressed as the thread", () => {
  const SENDERS = ["+14155550123", "+14155550124"];
  const picked = { ...said("Hello"), recipient: { id: "+12015550199", name: "Ada" }, senderId: "+14155550124" };

  test("goes to the thread's customer from the thread's number, whatever the draft said", () => {
    const thread = { customer: "+16044441111", businessNumber: "+14155550123" };
    expect(addressedAs(picked, thread, SENDERS)).toMatchObject({
      recipient: { id: "+16044441111", name: "Ada" },
      senderId: "+14155550123",
    });
  });

  test("keeps the Sender picked when the thread has no number of its own", () => {
    const thread = { customer: "+16044441111", businessNumber: "" };
    expect(addressedAs(picked, thread, SENDERS).senderId).toBe("+14155550124");
  });

  test("goes back to Connectly's default when the Sender picked is no longer offered", () => {
    const thread = { customer: "+16044441111", businessNumber: "" };
    expect(addressedAs(picked, thread, ["+14155550123"]).senderId).toBe("");
  });
});

describe("a Sender picked alone in a thread without a number", () => {
  const SCOPE = "inbox:+16044441111:";
  const onlySender = { ...textDefaults, recipient: { id: "+16044441111", name: "Ada" }, senderId: "+14155550124" };

  beforeEach(() => {
    vi.stubGlobal("window", { localStorage: memoryStorage() });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test("is no draft: nothing said, so a reopened composer does not say a draft was restored", () => {
    expect(saysNothing(onlySender, textDefaults)).toBe(true);
    expect(openingDraft(onlySender, textDefaults, textDefaults, { seeded: false, started: false }).announce).toBe(
      false,
    );
  });

  test("is remembered only where the thread has no number and something was picked", () => {
    expect(remembersSender(onlySender, "")).toBe(true);
    expect(remembersSender({ ...onlySender, senderId: "" }, "")).toBe(false);
    expect(remembersSender(onlySender, "+14155550123")).toBe(false);
    expect(remembersSender(onlySender, undefined)).toBe(false);
  });

  test("outlives the type's draft, for every type of the thread, and no other thread has it", () => {
    saveDraft("text", onlySender, SCOPE);
    removeDraft("text", SCOPE, onlySender);
    expect(window.localStorage.getItem(`composer:${SCOPE}:draft:text`)).toBeNull();
    expect(loadDraft("image", textDefaults, SCOPE)?.senderId).toBe("+14155550124");
    expect(loadDraft("text", textDefaults, "inbox:+16044442222:")).toBeNull();
  });

  test("goes with the thread's last draft once Connectly's default is picked again", () => {
    removeDraft("text", SCOPE, onlySender);
    removeDraft("text", SCOPE);
    expect(loadDraft("text", textDefaults, SCOPE)).toBeNull();
  });

  test("kept under the key of an earlier version is moved into the thread's envelope, the name kept", () => {
    window.localStorage.setItem(`composer:${SCOPE}:sender`, "+14155550124");
    adoptOldSender(SCOPE, { ...onlySender, senderId: "" });
    expect(window.localStorage.getItem(`composer:${SCOPE}:sender`)).toBeNull();
    expect(loadDraft("text", textDefaults, SCOPE)).toMatchObject({
      recipient: { id: "+16044441111", name: "Ada" },
      senderId: "+14155550124",
    });
  });

  test("under the old key wins over the envelope's, being the last picked; Connectly's default alone leaves nothing", () => {
    saveDraft("text", { ...said("Hi"), senderId: "+14155550123" }, SCOPE);
    window.localStorage.setItem(`composer:${SCOPE}:sender`, "+14155550124");
    adoptOldSender(SCOPE, onlySender);
    expect(loadDraft("text", textDefaults, SCOPE)).toMatchObject({ message: { text: "Hi" }, senderId: "+14155550124" });

    const other = "inbox:+16044442222:";
    window.localStorage.setItem(`composer:${other}:sender`, "");
    adoptOldSender(other, onlySender);
    expect(window.localStorage.length).toBe(2);
    expect(loadDraft("text", textDefaults, other)).toBeNull();
  });
});
