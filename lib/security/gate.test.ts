import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { REQUEST_URL_HEADER } from "@/lib/auth/request-url";
import { gateRequest } from "./gate";

const config = { appUrl: "http://127.0.0.1:3300", appUrlConfigured: true, development: false };

function request(path: string, init: { host?: string; cookie?: string; method?: string; headers?: object } = {}) {
  return new NextRequest(`http://127.0.0.1:3300${path}`, {
    method: init.method ?? "GET",
    headers: {
      host: init.host ?? "127.0.0.1:3300",
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...init.headers,
    },
  });
}

const SESSION = "composer-3300.session_token=abc.def";

describe("every request", () => {
  it("is refused with 421 when its Host is another name, as a DNS-rebinding page's is, with the headers still on", () => {
    for (const host of ["evil.example:3300", "127.0.0.1:9999", ""]) {
      const response = gateRequest(request("/compose/text", { host, cookie: SESSION }), config);
      expect(response.status).toBe(421);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
    const forwardedForeign = request("/", { host: "evil.example", headers: { "x-forwarded-host": "evil.example" } });
    expect(gateRequest(forwardedForeign, config).status).toBe(421);
  });

  it("without a session cookie, a page redirects to sign-in and back", () => {
    const response = gateRequest(request("/history?status=read"), config);
    expect(response.status).toBe(307);
    expect(
      new URL(response.headers.get("location")!).pathname + new URL(response.headers.get("location")!).search,
    ).toBe("/sign-in?next=%2Fhistory%3Fstatus%3Dread");
  });

  it("lets sign-in, setup, invitations, /api (which answer for themselves) and Next's assets through", () => {
    for (const path of [
      "/sign-in",
      "/setup",
      "/invite/abc",
      "/api/windows",
      "/api/webhooks/connectly",
      "/_next/static/x.js",
      "/icon.svg",
    ]) {
      expect(gateRequest(request(path), config).headers.get("x-middleware-next"), path).toBe("1");
    }
  });

  it("lets a server action through to be refused by its own guard, rather than redirecting it", () => {
    const action = request("/compose/text", { method: "POST", headers: { "next-action": "abc" } });
    expect(gateRequest(action, config).headers.get("x-middleware-next")).toBe("1");
  });

  it("with a session cookie, passes the page on with the nonce's policy and its own URL for the guard", () => {
    const response = gateRequest(request("/history?x=1", { cookie: SESSION }), config);
    expect(response.headers.get("x-middleware-next")).toBe("1");
    const policy = response.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeDefined();
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(response.headers.get(`x-middleware-request-${REQUEST_URL_HEADER}`)).toBe("/history?x=1");
  });

  it("with the default APP_URL, answers at localhost too, as after npm run launch", () => {
    const launch = { appUrl: "http://127.0.0.1:3000", appUrlConfigured: false, development: false };
    const viaLocalhost = new NextRequest("http://localhost:3000/sign-in", { headers: { host: "localhost:3000" } });
    expect(gateRequest(viaLocalhost, launch).status).toBe(200);
  });
});
