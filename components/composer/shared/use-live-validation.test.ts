import { describe, expect, it } from "vitest";
import { z } from "zod";
import { nextErrors, schemaMessages, shownErrors } from "./use-live-validation";

const schema = z.object({
  title: z.string().min(1, "Give a title."),
  rows: z.array(z.object({ id: z.string().min(1, "Give the row an ID.") })).max(2, "At most 2 rows."),
});

describe("live validation", () => {
  it("lists the errors on screen by schema path, a list's own error at the list", () => {
    const errors = {
      title: { type: "custom", message: "Give a title." },
      rows: { root: { type: "custom", message: "At most 2 rows." }, 1: { id: { type: "custom", message: "x" } } },
    };
    expect(shownErrors(errors as never).map((e) => [e.path, e.at])).toEqual([
      ["title", "title"],
      ["rows.1.id", "rows.1.id"],
      ["rows", "rows.root"],
    ]);
  });

  it("finds errors under a field named message", () => {
    const errors = { message: { text: { type: "custom", message: "Write the message text." } } };
    expect(shownErrors(errors as never).map((e) => e.path)).toEqual(["message.text"]);
  });

  it("shows the changed field's error at once and nothing for an untouched new row", () => {
    const messages = schemaMessages(schema, { title: "", rows: [{ id: "a" }, { id: "" }] });
    expect(nextErrors([], messages, new Set(["title"])).map((e) => e.path)).toEqual(["title"]);
  });

  it("clears an error the moment its field is valid, and keeps the others that still hold", () => {
    const shown = shownErrors({
      title: { type: "custom", message: "Give a title." },
      rows: { 0: { id: { type: "custom", message: "Give the row an ID." } } },
    } as never);
    const messages = schemaMessages(schema, { title: "Hi", rows: [{ id: "" }] });
    expect(nextErrors(shown, messages, new Set(["title"])).map((e) => e.path)).toEqual(["rows.0.id"]);
  });

  it("drops a list's own error once the list is fixed, when a row is removed", () => {
    const shown = shownErrors({ rows: { type: "custom", message: "At most 2 rows." } } as never);
    expect(nextErrors(shown, schemaMessages(schema, { title: "t", rows: [{ id: "a" }] }), new Set())).toEqual([]);
  });

  it("keeps the server's error until its own field changes", () => {
    const shown = shownErrors({ title: { type: "server", message: "Not on the server." } } as never);
    const valid = schemaMessages(schema, { title: "t", rows: [] });
    expect(nextErrors(shown, valid, new Set(["rows.0.id"]))).toHaveLength(1);
    expect(nextErrors(shown, valid, new Set(["title"]))).toEqual([]);
  });

  it("shows the errors of every field changed since the last check", () => {
    const messages = schemaMessages(schema, { title: "", rows: [{ id: "" }] });
    expect(nextErrors([], messages, new Set(["title", "rows.0.id"])).map((e) => e.path)).toEqual([
      "title",
      "rows.0.id",
    ]);
  });
});

describe("live validation of a field still being typed", () => {
  const phone = z.object({ recipient: z.object({ id: z.string().regex(/^\+\d{11}$/, "Too short.") }) });

  it("shows no error for a changed field whose value is only unfinished", () => {
    const messages = schemaMessages(phone, { recipient: { id: "+1604" } });
    expect(nextErrors([], messages, new Set(["recipient.id"]), new Set(["recipient.id"]))).toEqual([]);
  });

  it("shows the error of a changed field that is plainly wrong", () => {
    const messages = schemaMessages(phone, { recipient: { id: "+1604x" } });
    expect(nextErrors([], messages, new Set(["recipient.id"]), new Set()).map((e) => e.path)).toEqual(["recipient.id"]);
  });

  it("keeps an error already on screen, from Send, following the value while it is unfinished", () => {
    const shown = shownErrors({ recipient: { id: { type: "custom", message: "Old words." } } } as never);
    const messages = schemaMessages(phone, { recipient: { id: "+16045" } });
    const waiting = new Set(["recipient.id"]);
    expect(nextErrors(shown, messages, waiting, waiting).map((e) => e.message)).toEqual(["Too short."]);
    expect(nextErrors(shown, schemaMessages(phone, { recipient: { id: "+16045550123" } }), waiting, waiting)).toEqual(
      [],
    );
  });
});
