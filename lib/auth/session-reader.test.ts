import { serializeSignedCookie } from "better-call";
import { describe, expect, test } from "vitest";
import { verifiedToken } from "./session-reader";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

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

  test("accepts another spelling of the same signature, as better-call does, and no other change to it", async () => {
    const serialized = await serializeSignedCookie("n", "abc123", "s3cret");
    const signed = decodeURIComponent(serialized.split(";")[0]!.slice("n=".length));
    const last = BASE64.indexOf(signed.at(-2)!);
    // The last character before "=" carries 2 bits of the signature and 4 spare ones.
    const sameBits = BASE64[(last & 0b110000) | ((last + 1) & 0b001111)]!;
    const otherBits = BASE64[last ^ 0b100000]!;
    expect(verifiedToken(`${signed.slice(0, -2)}${sameBits}=`, "s3cret")).toBe("abc123");
    expect(verifiedToken(`${signed.slice(0, -2)}${otherBits}=`, "s3cret")).toBeNull();
    expect(verifiedToken(`${signed.slice(0, -2)}.=`, "s3cret")).toBeNull();
  });
});
