import { describe, expect, it } from "vitest";
import { SEND_KEY_REUSED, type SendOutcome, sendEnded } from "./send-outcome";

const refused = (error: Partial<Extract<SendOutcome, { ok: false }>["error"]>): SendOutcome => ({
  ok: false,
  error: { code: "X", title: "t", message: "m", hint: "h", ...error },
});

describe("sendEnded", () => {
  it("ends a send that was accepted or definitely refused", () => {
    expect(sendEnded({ ok: true, historyId: "h", connectlyId: "c", attempts: 1 })).toBe(true);
    expect(sendEnded(refused({ historyId: "h" }))).toBe(true);
  });

  it("keeps the key after an Unknown, a refusal before history, and a changed message refused for its key", () => {
    expect(sendEnded(refused({ historyId: "h", outcome: "unknown" }))).toBe(false);
    expect(sendEnded(refused({}))).toBe(false);
    expect(sendEnded(refused({ historyId: "earlier", code: SEND_KEY_REUSED }))).toBe(false);
  });
});
