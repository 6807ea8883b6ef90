import { afterEach, describe, expect, it } from "vitest";
import { allowHttpMedia, mediaUrlProblem } from "./media-url";

afterEach(() => allowHttpMedia(false));

describe("mediaUrlProblem", () => {
  it("accepts a public https URL, by name or by public IP", () => {
    expect(mediaUrlProblem("https://example.com/image.jpg")).toBeNull();
    expect(mediaUrlProblem("https://cdn.connectly.ai/26fa/26fa1308-d328-41c9-a6a1-d5f4225a3768")).toBeNull();
    expect(mediaUrlProblem("https://93.184.215.14/a.png")).toBeNull();
    expect(mediaUrlProblem("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/a.png")).toBeNull();
  });

  it("refuses a blank URL, and asks for a full URL for words or an address without its https://", () => {
    expect(mediaUrlProblem("  ")).toMatch(/Enter the URL/);
    for (const typed of ["example.com/image.jpg", "not a url", "localhost:3000/a.png"]) {
      expect(mediaUrlProblem(typed)).toBe("Enter a full URL starting with https://.");
    }
  });

  it("names the start of a link WhatsApp cannot fetch, and the one to use instead", () => {
    expect(mediaUrlProblem("htp://x")).toBe(
      'WhatsApp cannot fetch a link that starts "htp://": start it with https://.',
    );
    expect(mediaUrlProblem("ftp://example.com/a.jpg")).toMatch(/starts "ftp:\/\/": start it with https:\/\/\.$/);
    expect(mediaUrlProblem("file:///etc/passwd")).toMatch(/starts "file:\/\/": /);
    expect(mediaUrlProblem("data:image/png;base64,AAAA")).toMatch(/starts "data:": /);
  });

  it("offers http:// too in every message that names a scheme, when sends go to the sandbox", () => {
    allowHttpMedia(true);
    expect(mediaUrlProblem("htp://x")).toBe(
      'WhatsApp cannot fetch a link that starts "htp://": start it with https:// (or http:// in sandbox mode).',
    );
    expect(mediaUrlProblem("not a url")).toBe("Enter a full URL starting with https:// (or http:// in sandbox mode).");
  });

  it("says a link cut short after its https:// is not complete", () => {
    expect(mediaUrlProblem("https://")).toBe(
      "This is not a complete URL: the address after https:// is missing or malformed.",
    );
  });

  it("refuses http:// unless sends go to the sandbox", () => {
    expect(mediaUrlProblem("http://example.com/a.jpg")).toMatch(/Use https/);
    allowHttpMedia(true);
    expect(mediaUrlProblem("http://example.com/a.jpg")).toBeNull();
  });

  it.each([
    ["https://localhost:3000/a.png", /not public/],
    ["https://foo.localhost/a.png", /not public/],
    ["https://LOCALHOST./a.png", /not public/],
    ["https://printer.local/a.png", /not public/],
    ["https://intranet/a.png", /not public/],
    ["https://127.0.0.1/a.png", /loopback/],
    ["https://2130706433/a.png", /loopback/],
    ["https://0x7f.1/a.png", /loopback/],
    ["https://10.1.2.3/a.png", /private network/],
    ["https://172.16.0.9/a.png", /private network/],
    ["https://192.168.1.4/a.png", /private network/],
    ["https://169.254.169.254/latest/meta-data", /link-local/],
    ["https://100.64.0.1/a.png", /carrier-grade NAT/],
    ["https://0.0.0.0/a.png", /unspecified/],
    ["https://[::]/a.png", /unspecified/],
    ["https://[::1]/a.png", /loopback/],
    ["https://[fd12:3456::1]/a.png", /private IPv6/],
    ["https://[fe80::1]/a.png", /link-local/],
    ["https://[::ffff:169.254.169.254]/a.png", /IPv4 address written as IPv6/],
    ["https://[::ffff:7f00:1]/a.png", /IPv4 address written as IPv6/],
    ["https://192.0.2.10/a.png", /reserved/],
  ])("refuses %s, whose host is not public", (url, reason) => {
    expect(mediaUrlProblem(url)).toMatch(reason);
  });

  it("refuses credentials in the URL", () => {
    expect(mediaUrlProblem("https://user:pass@example.com/a.png")).toMatch(/user name and password/);
    expect(mediaUrlProblem("https://user@example.com/a.png")).toMatch(/user name and password/);
  });

  it("refuses a URL over 2,048 characters and accepts one of exactly 2,048", () => {
    const base = "https://example.com/";
    expect(mediaUrlProblem(base + "a".repeat(2048 - base.length))).toBeNull();
    expect(mediaUrlProblem(base + "a".repeat(100_000))).toMatch(/2,048/);
  });

  it("refuses line breaks and tabs that the URL parser would silently drop", () => {
    expect(mediaUrlProblem("https://exam\nple.com/a.png")).toMatch(/spaces, line breaks/);
    expect(mediaUrlProblem("https://example.com/a\t.png")).toMatch(/spaces, line breaks/);
    expect(mediaUrlProblem("https://example.com/a b.png")).toMatch(/spaces/);
  });
});
