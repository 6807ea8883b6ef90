import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";
import { cookiePrefixFor } from "@/lib/auth/cookie-prefix";
import { signInHref } from "@/lib/auth/next-path";
import { needsSessionCookie } from "@/lib/auth/public-paths";
import { REQUEST_URL_HEADER } from "@/lib/auth/request-url";
import { allowedHosts, requestHost } from "./allowed-hosts";
import { contentSecurityPolicy, newNonce, type SecurityHeaders, securityHeaders } from "./headers";

export interface GateConfig {
  appUrl: string;
  appUrlConfigured: boolean;
  development: boolean;
}

/**
 * What proxy.ts does with every request: refuse a Host that is not the dashboard's own, send a visitor with no
 * session cookie to sign-in, and put the security headers, with a fresh CSP nonce, on the response. Next reads the
 * nonce from the forwarded request's Content-Security-Policy header and puts it on its own scripts. The cookie
 * check is only a shortcut: every page, action and route checks the session itself.
 */
export function gateRequest(request: NextRequest, config: GateConfig): NextResponse {
  const policy = { nonce: newNonce(), https: config.appUrl.startsWith("https:"), development: config.development };
  const headers = securityHeaders(policy);

  const host = requestHost(request.headers);
  if (!allowedHosts(config.appUrl, config.appUrlConfigured).includes(host)) {
    return withHeaders(
      new NextResponse(
        `This dashboard answers at ${config.appUrl}, not at ${host || "a request with no Host"}. Set APP_URL to the ` +
          "address people open; a proxy in front must pass that Host on (or send it as X-Forwarded-Host).\n",
        { status: 421, headers: { "content-type": "text/plain; charset=utf-8" } },
      ),
      headers,
    );
  }

  const { pathname, search } = request.nextUrl;
  const isPageView = (request.method === "GET" || request.method === "HEAD") && !request.headers.has("next-action");
  if (
    isPageView &&
    needsSessionCookie(pathname) &&
    !getSessionCookie(request, { cookiePrefix: cookiePrefixFor(config.appUrl) })
  ) {
    return withHeaders(NextResponse.redirect(new URL(signInHref(pathname + search), request.url)), headers);
  }

  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", contentSecurityPolicy(policy));
  forwarded.set(REQUEST_URL_HEADER, pathname + search);
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }), headers);
}

function withHeaders(response: NextResponse, headers: SecurityHeaders): NextResponse {
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.headers.set(name, value);
  return response;
}
