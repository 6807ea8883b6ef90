import { describe, expect, it } from "vitest";
import { CONNECTLY_ERROR_CODES, type ConnectlyErrorInfo, isUnknownOutcome, UNKNOWN_OUTCOME_WORDS } from "./errors";
import { explainError } from "./explain";

function api(fields: Partial<ConnectlyErrorInfo>): ConnectlyErrorInfo {
  return { kind: "api", code: "ERROR_CODE_SOMETHING_NEW", message: "raw message", status: 400, ...fields };
}

const DEFAULT_TITLE = explainError(api({})).title;

describe("explainError", () => {
  it("gives every documented code its own explanation, not the default", () => {
    const titles = CONNECTLY_ERROR_CODES.map((code) => explainError(api({ code })).title);

    expect(titles).not.toContain(DEFAULT_TITLE);
    expect(new Set(titles).size).toBe(CONNECTLY_ERROR_CODES.length);
    for (const code of CONNECTLY_ERROR_CODES) {
      const explanation = explainError(api({ code }));
      expect(explanation.message, code).not.toBe("");
      expect(explanation.hint, code).not.toBe("");
    }
  });

  it("shares one explanation between the two ways Connectly says the key is wrong", () => {
    expect(explainError(api({ code: "ERROR_CODE_BUSINESS_KEY_SECRET_ABSENT" }))).toEqual(
      explainError(api({ code: "ERROR_CODE_UNSPECIFIED", status: 401 })),
    );
  });

  it("sends the person to a template when the 24-hour window is closed", () => {
    const explanation = explainError(
      api({ code: "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW", type: "ERROR_TYPE_DEADLINE_EXCEEDED" }),
    );

    expect(explanation.title).toBe("The customer's 24-hour window is closed");
    expect(explanation.hint).toMatch(/approved template instead/);
    expect(explanation.action).toBe("send-template");
  });

  it("points at CONNECTLY_API_KEY for a 401 or a missing key", () => {
    for (const info of [api({ status: 401 }), api({ code: "ERROR_CODE_BUSINESS_KEY_SECRET_ABSENT", status: 400 })]) {
      const explanation = explainError(info);
      expect(explanation.hint).toContain("CONNECTLY_API_KEY");
      expect(explanation.action).toBe("check-configuration");
    }
  });

  it("asks to wait and send again when Connectly is rate-limiting", () => {
    const explanation = explainError(api({ status: 429 }));

    expect(explanation.title).toBe("Connectly is rate-limiting");
    expect(explanation.hint).toBe("Wait a moment and send again.");
    expect(explanation.action).toBe("retry");
  });

  it("calls a 5xx an unknown outcome, never a failure to resend, and quotes the trace id", () => {
    const explanation = explainError(api({ status: 502, code: "ERROR_CODE_UNSPECIFIED", traceId: "t-9" }));

    expect(explanation.title).toBe("Unknown: Connectly answered HTTP 502");
    expect(explanation.message).toContain("t-9");
    expect(explanation.hint).toBe(UNKNOWN_OUTCOME_WORDS);
    expect(explanation.action).toBeUndefined();
  });

  it("lets a documented code win over the status", () => {
    const explanation = explainError(api({ status: 500, code: "ERROR_CODE_MESSAGE_CUSTOMER_OPTED_OUT" }));

    expect(explanation.title).toBe("The customer has opted out");
  });

  it("warns that a timed-out message may have been sent", () => {
    const explanation = explainError({ kind: "timeout", code: "TIMEOUT", message: "x", timeoutMs: 10_000 });

    expect(explanation.message).toBe(
      "Connectly did not answer within 10 seconds, so whether it took the message is unknown.",
    );
    expect(explanation.hint).toBe(
      "Connectly may have sent this. Wait for a delivery report, or check with the customer, before sending again.",
    );
    expect(explanation.action).toBeUndefined();
  });

  it("points at CONNECTLY_BASE_URL when Connectly cannot be reached", () => {
    const explanation = explainError({
      kind: "network",
      code: "CONNECTION_FAILED",
      message: "Could not connect to Connectly (ECONNREFUSED)",
    });

    expect(explanation.message).toBe("This server could not open a connection to Connectly, so nothing was sent.");
    expect(explanation.hint).toContain("CONNECTLY_BASE_URL");
    expect(explanation.action).toBe("retry");
  });

  it("never shows an address or this server's own error text, even one stored before the client stopped naming it", () => {
    const internal = "http://sandbox.local";
    const failures: ConnectlyErrorInfo[] = [
      { kind: "timeout", code: "TIMEOUT", message: `Connectly at ${internal} did not answer within 3000 ms` },
      { kind: "network", code: "CONNECTION_FAILED", message: `Could not connect to Connectly at ${internal}` },
      { kind: "network", code: "CONNECTION_LOST", message: `The connection to Connectly at ${internal} failed` },
      { kind: "unexpected", code: "UNEXPECTED_ERROR", message: `connect ECONNREFUSED 10.0.0.5:5432 (${internal})` },
      api({ status: 404, message: `Cannot POST ${internal}/v1/businesses/b/send/messages` }),
      api({
        status: 502,
        message: `Connectly answered HTTP 502 with a body that is not Connectly's error format: ${internal}`,
      }),
    ];
    for (const info of failures) {
      const { title, message, hint } = explainError(info);
      expect(`${title} ${message} ${hint}`).not.toMatch(/sandbox\.local|https?:|10\.0\.0\.5|ECONNREFUSED/);
    }
  });

  it("does not suggest resending after a connection broke mid-request", () => {
    const explanation = explainError({ kind: "network", code: "CONNECTION_LOST", message: "socket closed" });

    expect(explanation.hint).toBe(UNKNOWN_OUTCOME_WORDS);
    expect(explanation.action).toBeUndefined();
  });

  it("warns that a success without an id may still have been sent", () => {
    const explanation = explainError(api({ status: 200, code: "ERROR_CODE_UNSPECIFIED" }));

    expect(explanation.hint).toBe(UNKNOWN_OUTCOME_WORDS);
  });

  it("quotes Connectly's own words for an unknown code, preferring the user message", () => {
    expect(explainError(api({ userMessage: "Number blocked", userTitle: "Blocked" }))).toMatchObject({
      title: "Blocked",
      message: 'Connectly said: "Number blocked"',
    });
    expect(explainError(api({})).message).toBe('Connectly said: "raw message"');
  });

  it("explains an unexpected failure in plain words, leaving its technical message to the log", () => {
    const explanation = explainError({ kind: "unexpected", code: "UNEXPECTED_ERROR", message: "db down" });

    expect(explanation.message).toBe(
      "Something went wrong on this server while sending. If it keeps happening, report it with the time it happened.",
    );
    expect(explanation.hint).toBe(UNKNOWN_OUTCOME_WORDS);
  });
});

describe("isUnknownOutcome", () => {
  it("calls every answer that never came, or does not tell, unknown", () => {
    expect(isUnknownOutcome({ kind: "timeout", code: "TIMEOUT", message: "x" })).toBe(true);
    expect(isUnknownOutcome({ kind: "interrupted", code: "SEND_INTERRUPTED", message: "x" })).toBe(true);
    expect(isUnknownOutcome({ kind: "network", code: "CONNECTION_LOST", message: "x" })).toBe(true);
    expect(isUnknownOutcome({ kind: "unexpected", code: "UNEXPECTED_ERROR", message: "x" })).toBe(true);
    for (const status of [500, 502, 503, 504]) {
      expect(isUnknownOutcome(api({ status, code: "ERROR_CODE_UNSPECIFIED" })), String(status)).toBe(true);
      expect(isUnknownOutcome(api({ status, code: "SOMETHING_NEW" })), String(status)).toBe(true);
    }
    expect(isUnknownOutcome(api({ status: 200, code: "ERROR_CODE_UNSPECIFIED" }))).toBe(true);
  });

  it("calls only definite refusals failed", () => {
    expect(isUnknownOutcome({ kind: "network", code: "CONNECTION_FAILED", message: "x" })).toBe(false);
    expect(isUnknownOutcome(api({ status: 400 }))).toBe(false);
    expect(isUnknownOutcome(api({ status: 429, code: "ERROR_CODE_UNSPECIFIED" }))).toBe(false);
    expect(isUnknownOutcome(api({ status: 500, code: "ERROR_CODE_MESSAGE_CUSTOMER_OPTED_OUT" }))).toBe(false);
  });
});
