import { describe, expect, test } from "vitest";
import { startingSender } from "./use-thread-sender";

const SENDERS = ["+15550001111", "+15550002222"];

describe("the Sender a thread's reply starts from", () => {
  test("is the thread's own number when Connectly reported it, whatever was picked elsewhere", () => {
    expect(startingSender("+15550001111", "+15550002222", SENDERS)).toBe("+15550001111");
  });

  test("is the one last picked in a thread without a number", () => {
    expect(startingSender("", "+15550002222", SENDERS)).toBe("+15550002222");
  });

  test("is Connectly's default when nothing was picked, or the pick is no longer offered", () => {
    expect(startingSender("", null, SENDERS)).toBe("");
    expect(startingSender("", "+15559999999", SENDERS)).toBe("");
  });
});
