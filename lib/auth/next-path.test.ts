import { describe, expect, it } from "vitest";
import { safeNextPath, signInHref } from "./next-path";

describe("where sign-in sends someone back to", () => {
  it("keeps a path on this dashboard, with its query", () => {
    expect(safeNextPath("/history?status=read")).toBe("/history?status=read");
    expect(signInHref("/history?status=read")).toBe("/sign-in?next=%2Fhistory%3Fstatus%3Dread");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "/\tevil.example",
    "javascript:alert(1)",
    "history",
    "",
  ])("refuses %j and goes home instead", (value) => {
    expect(safeNextPath(value)).toBe("/");
  });

  it("never loops back to sign-in, setup or an invitation", () => {
    expect(safeNextPath("/sign-in?next=/x")).toBe("/");
    expect(safeNextPath("/setup")).toBe("/");
    expect(safeNextPath("/invite/abc")).toBe("/");
    expect(signInHref("/")).toBe("/sign-in");
  });
});
