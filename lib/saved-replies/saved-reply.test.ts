import { describe, expect, it } from "vitest";
import { fillSavedReply, matchSavedReplies, nameTakenMessage, sameNamedReply, savedReplySchema } from "./saved-reply";

const replies = [
  { id: "1", name: "thanks", body: "Thanks {{name}}!" },
  { id: "2", name: "hours", body: "We open at 9, thanks for asking." },
  { id: "3", name: "refund", body: "Your refund is on its way." },
];

describe("saved replies", () => {
  it("fills {{name}} with the customer's first name, or 'there' without one", () => {
    expect(fillSavedReply("Hi {{name}}, and {{ name }} again", "Ada Lovelace")).toBe("Hi Ada, and Ada again");
    expect(fillSavedReply("Hi {{name}}", null)).toBe("Hi there");
    expect(fillSavedReply("Hi {{name}}", "  ")).toBe("Hi there");
  });

  it("lists the names that start with what follows the /, then those that contain it", () => {
    expect(matchSavedReplies(replies, "").map((r) => r.name)).toEqual(["thanks", "hours", "refund"]);
    expect(matchSavedReplies(replies, "th").map((r) => r.name)).toEqual(["thanks", "hours"]);
    expect(matchSavedReplies(replies, "REF").map((r) => r.name)).toEqual(["refund"]);
    expect(matchSavedReplies(replies, "zzz")).toEqual([]);
  });

  it("puts the reply named exactly what follows the / first, whatever the capitals, so Enter takes it", () => {
    const similar = [
      { id: "4", name: "thanks-long", body: "Thank you so much" },
      { id: "5", name: "Say thanks", body: "x" },
      { id: "6", name: "Thanks", body: "Thanks {{name}}!" },
    ];
    expect(matchSavedReplies(similar, "thanks").map((r) => r.id)).toEqual(["6", "4", "5"]);
    expect(matchSavedReplies(similar, "THANKS-LONG").map((r) => r.id)).toEqual(["4"]);
  });

  it("finds another reply of the same name in other capitals or spaces, but not the reply itself", () => {
    expect(sameNamedReply(replies, { name: " THANKS " })?.id).toBe("1");
    expect(sameNamedReply(replies, { id: "2", name: "Thanks" })?.id).toBe("1");
    expect(sameNamedReply(replies, { id: "1", name: "Thanks" })).toBeUndefined();
    expect(sameNamedReply(replies, { name: "thanks!" })).toBeUndefined();
    expect(nameTakenMessage("thanks")).toBe(
      "Another saved reply is called /thanks; capitals and spaces do not count. Choose another name.",
    );
  });

  it("refuses an empty name or text, and a name with a slash, at the field", () => {
    const issues = (value: object) =>
      savedReplySchema.safeParse(value).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues({ name: " ", body: "" })).toEqual([
      ["name", "Give the reply a name."],
      ["body", "Write the reply."],
    ]);
    expect(issues({ name: "a/b", body: "x" })).toEqual([["name", "Use a name without line breaks or slashes."]]);
    expect(savedReplySchema.parse({ name: " hi ", body: " Hello " })).toEqual({ id: "", name: "hi", body: "Hello" });
  });
});
