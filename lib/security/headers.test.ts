import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./headers";

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe("the security headers", () => {
  it("allow scripts only with this response's nonce, never 'unsafe-inline' or eval in production", () => {
    const policy = contentSecurityPolicy({ nonce: "abc", https: false, development: false });
    const scripts = directive(policy, "script-src");
    expect(scripts).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  });

  it("forbid framing, both ways, and plugins", () => {
    const headers = securityHeaders({ nonce: "abc", https: false, development: false });
    expect(directive(headers["Content-Security-Policy"], "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(headers["Content-Security-Policy"], "object-src")).toBe("object-src 'none'");
    expect(headers).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
    });
    expect(headers["Permissions-Policy"]).toMatch(/camera=\(\)/);
  });

  it("add HSTS and upgrade-insecure-requests only when APP_URL is https", () => {
    const http = securityHeaders({ nonce: "a", https: false, development: false });
    const https = securityHeaders({ nonce: "a", https: true, development: false });
    expect(http["Strict-Transport-Security"]).toBeUndefined();
    expect(http["Content-Security-Policy"]).not.toContain("upgrade-insecure-requests");
    expect(https["Strict-Transport-Security"]).toMatch(/^max-age=\d{7,}/);
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("make a different nonce every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
