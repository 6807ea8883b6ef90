import { describe, expect, it } from "vitest";
import { allowedHosts, requestHost } from "./allowed-hosts";

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
