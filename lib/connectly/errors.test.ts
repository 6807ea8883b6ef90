import { describe, expect, it } from "vitest";
import { ConnectlyApiError, ConnectlyNetworkError, parseErrorBody, toErrorInfo } from "./errors";

describe("parseErrorBody", () => {
  it("maps every field of Connectly's error body", () => {
    const error = parseErrorBody(
      400,
      JSON.stringify({
        message: "callbackData too big",
        type: "ERROR_TYPE_INVALID_REQUEST",
        code: "ERROR_CODE_MESSAGE_TEXT_EMPTY",
        userTitle: "Invalid request",
        userMessage: "Please shorten the callback data.",
        cntTraceId: "abc123",
        details: { limit: 1024 },
      }),
      2,
    );

    expect(error).toBeInstanceOf(ConnectlyApiError);
    expect(error).toMatchObject({
      name: "ConnectlyApiError",
      status: 400,
      message: "callbackData too big",
      type: "ERROR_TYPE_INVALID_REQUEST",
      code: "ERROR_CODE_MESSAGE_TEXT_EMPTY",
      userTitle: "Invalid request",
      userMessage: "Please shorten the callback data.",
      traceId: "abc123",
      details: { limit: 1024 },
      attempts: 2,
    });
  });

  it("fills in the unspecified code and type when the body has none", () => {
    const error = parseErrorBody(500, JSON.stringify({ message: "boom" }));

    expect(error).toMatchObject({
      code: "ERROR_CODE_UNSPECIFIED",
      type: "ERROR_TYPE_UNSPECIFIED",
      message: "boom",
      attempts: 1,
    });
  });

  it("ignores fields of the wrong type, such as a gRPC-style numeric code", () => {
    const error = parseErrorBody(400, JSON.stringify({ code: 3, message: "invalid argument", cntTraceId: 7 }));

    expect(error.code).toBe("ERROR_CODE_UNSPECIFIED");
    expect(error.message).toBe("invalid argument");
    expect(error.traceId).toBeUndefined();
  });

  it("falls back to the user message, then to the status, when there is no message", () => {
    expect(parseErrorBody(400, JSON.stringify({ userMessage: "Try later" })).message).toBe("Try later");
    expect(parseErrorBody(418, "{}").message).toBe("Connectly answered HTTP 418 without an error message");
  });

  it("turns a proxy's HTML page into a readable message", () => {
    const error = parseErrorBody(
      502,
      "<html>\n<head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center></body></html>",
    );

    expect(error).toMatchObject({ status: 502, code: "ERROR_CODE_UNSPECIFIED", type: "ERROR_TYPE_UNSPECIFIED" });
    expect(error.message).toBe(
      "Connectly answered HTTP 502 with a body that is not Connectly's error format: 502 Bad Gateway 502 Bad Gateway",
    );
  });

  it("shortens a long unstructured body", () => {
    const error = parseErrorBody(500, "x".repeat(5000));

    expect(error.message.length).toBeLessThan(300);
    expect(error.message.endsWith("…")).toBe(true);
  });

  it("describes an empty body", () => {
    expect(parseErrorBody(503, "").message).toBe("Connectly answered HTTP 503 with an empty body");
  });

  it("does not take a JSON array or string for an error body", () => {
    expect(parseErrorBody(500, '["a"]').code).toBe("ERROR_CODE_UNSPECIFIED");
    expect(parseErrorBody(500, '"oops"').message).toContain('"oops"');
  });
});

describe("toErrorInfo", () => {
  it("keeps what explains an API error and drops the rest", () => {
    const info = toErrorInfo(
      parseErrorBody(
        400,
        JSON.stringify({
          message: "outside window",
          type: "ERROR_TYPE_DEADLINE_EXCEEDED",
          code: "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW",
          userMessage: "Send a template",
          cntTraceId: "t-1",
          details: { big: "x".repeat(100) },
        }),
        1,
      ),
    );

    expect(info).toEqual({
      kind: "api",
      code: "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW",
      message: "outside window",
      status: 400,
      type: "ERROR_TYPE_DEADLINE_EXCEEDED",
      userMessage: "Send a template",
      traceId: "t-1",
      attempts: 1,
    });
  });

  it("records a timeout with its limit", () => {
    const info = toErrorInfo(
      new ConnectlyNetworkError({
        kind: "timeout",
        code: "TIMEOUT",
        message: "no answer",
        attempts: 1,
        cause: new Error("aborted"),
        timeoutMs: 10_000,
      }),
    );

    expect(info).toEqual({ kind: "timeout", code: "TIMEOUT", message: "no answer", attempts: 1, timeoutMs: 10_000 });
  });

  it("records a network failure without its cause", () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED"), { socket: { remote: "10.0.0.1" } });
    const info = toErrorInfo(
      new ConnectlyNetworkError({ kind: "network", code: "CONNECTION_FAILED", message: "refused", attempts: 3, cause }),
    );

    expect(info).toEqual({ kind: "network", code: "CONNECTION_FAILED", message: "refused", attempts: 3 });
  });

  it("records anything else as unexpected", () => {
    expect(toErrorInfo(new Error("db down"))).toEqual({
      kind: "unexpected",
      code: "UNEXPECTED_ERROR",
      message: "db down",
    });
    expect(toErrorInfo("a string")).toEqual({
      kind: "unexpected",
      code: "UNEXPECTED_ERROR",
      message: "An unexpected error occurred",
    });
  });

  it("survives a JSON round trip unchanged", () => {
    const info = toErrorInfo(parseErrorBody(429, JSON.stringify({ message: "rate limited", cntTraceId: "t-2" }), 3));

    expect(JSON.parse(JSON.stringify(info))).toEqual(info);
    expect(Object.values(info)).not.toContain(undefined);
  });
});
