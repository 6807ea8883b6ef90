import { describe, expect, it } from "vitest";
import { cookiePrefixFor } from "./cookie-prefix";

describe("the session cookie's name", () => {
  it("carries a non-default port, since browsers share cookies between the ports of one host", () => {
    expect(cookiePrefixFor("http://127.0.0.1:3300")).toBe("composer-3300");
    expect(cookiePrefixFor("http://127.0.0.1:3301")).not.toBe(cookiePrefixFor("http://127.0.0.1:3300"));
  });

  it("is plain on the default ports", () => {
    expect(cookiePrefixFor("https://composer.example.com")).toBe("composer");
    expect(cookiePrefixFor("http://composer.example.com:80")).toBe("composer");
  });
});
