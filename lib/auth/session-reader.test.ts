import { serializeSignedCookie } from "better-call";
import { describe, expect, test } from "vitest";
import { verifiedToken } from "./session-reader";

describe("verifiedToken", () => {
  test("accepts only a token better-call signed with the same secret", async () => {
    // better-call's own signing, as better-auth sets the cookie: "name=encodeURIComponent(token.signature)".
    const serialized = await serializeSignedCookie("n", "abc123", "s3cret");
    const signed = decodeURIComponent(serialized.split(";")[0]!.slice("n=".length));
    expect(verifiedToken(signed, "s3cret")).toBe("abc123");
    expect(verifiedToken(signed, "another secret")).toBeNull();
    expect(verifiedToken(signed.slice(0, -1), "s3cret")).toBeNull();
    expect(verifiedToken(`${signed}x`, "s3cret")).toBeNull();
    expect(verifiedToken(`abc124${signed.slice(6)}`, "s3cret")).toBeNull();
    expect(verifiedToken(".x", "s3cret")).toBeNull();
  });
});
