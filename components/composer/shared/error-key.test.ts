import { describe, expect, it } from "vitest";
import { errorKey } from "./error-key";

describe("errorKey", () => {
  it("names every error by path, type and message, without walking into the input it points at", () => {
    const input = { self: null as unknown };
    input.self = input;
    const errors = {
      message: {
        text: { type: "too_big", message: "Too long", ref: input },
        listMessage: { sections: [{ rows: { root: { type: "custom", message: "Add a row" } } }] },
      },
    };
    expect(errorKey(errors)).toBe(
      "message.text:too_big:Too long\nmessage.listMessage.sections.0.rows.root:custom:Add a row\n",
    );
  });

  it("changes when a message changes although the errors object is the same", () => {
    const errors: Record<string, { type: string; message: string }> = { recipient: { type: "x", message: "Enter" } };
    const first = errorKey(errors);
    errors.recipient = { type: "x", message: "Check the number" };
    expect(errorKey(errors)).not.toBe(first);
    expect(errorKey({})).toBe("");
  });
});
