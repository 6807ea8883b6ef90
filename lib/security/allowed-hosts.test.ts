import { describe, expect, it } from "vitest";
import { allowedHosts, linkOrigin, requestHost } from "./allowed-hosts";

describe("the hosts the dashboard answers to", () => {
  it("are APP_URL's host alone when it is configured", () => {
    expect(allowedHosts("https://composer.example.com", true)).toEqual(["composer.example.com"]);
    expect(allowedHosts("http://10.0.0.5:3000", true)).toEqual(["10.0.0.5:3000"]);
  });

  it("are the loopback names at the port with the default APP_URL, as after npm run launch", () => {
    expect(allowedHosts("http://127.0.0.1:3000", false)).toEqual(["127.0.0.1:3000", "localhost:3000", "[::1]:3000"]);
  });

  it("are read from X-Forwarded-Host first, as a proxy in front sends it, in lower case", () => {
    expect(requestHost(new Headers({ host: "app:3000", "x-forwarded-host": "Composer.Example.com" }))).toBe(
      "composer.example.com",
    );
    expect(requestHost(new Headers({ host: "127.0.0.1:3000" }))).toBe("127.0.0.1:3000");
    expect(requestHost(new Headers())).toBe("");
  });
});

describe("linkOrigin", () => {
  it("is APP_URL when it is configured, whatever the request's host", () => {
    const headers = new Headers({ host: "localhost:3000" });
    expect(linkOrigin("https://composer.example.com", true, headers)).toBe("https://composer.example.com");
  });

  it("with the default APP_URL, is the loopback name the request came to", () => {
    const at = (host: string) => linkOrigin("http://127.0.0.1:3000", false, new Headers({ host }));
    expect(at("localhost:3000")).toBe("http://localhost:3000");
    expect(at("[::1]:3000")).toBe("http://[::1]:3000");
    expect(at("127.0.0.1:3000")).toBe("http://127.0.0.1:3000");
  });

  it("with the default APP_URL, never another name a request claims", () => {
    expect(linkOrigin("http://127.0.0.1:3000", false, new Headers({ host: "evil.example:3000" }))).toBe(
      "http://127.0.0.1:3000",
    );
  });
});
