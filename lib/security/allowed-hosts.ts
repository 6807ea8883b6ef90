/**
 * The Host values this dashboard answers to: APP_URL's alone when it is configured; with the default APP_URL
 * (http://127.0.0.1:PORT), also localhost and [::1] at that port, which is what a person types after
 * `npm run launch`. Anything else is another name pointed at this server, which is what a DNS-rebinding page does.
 */
export function allowedHosts(appUrl: string, appUrlConfigured: boolean): string[] {
  const url = new URL(appUrl);
  if (appUrlConfigured) return [url.host.toLowerCase()];
  const port = url.port ? `:${url.port}` : "";
  return ["127.0.0.1", "localhost", "[::1]"].map((name) => `${name}${port}`);
}

/** The host a request was addressed to: a proxy in front forwards the public one as X-Forwarded-Host. */
export function requestHost(headers: Headers): string {
  return (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
}

/**
 * The origin to put in a link for someone else (an invitation): APP_URL, or with the default APP_URL the one of its
 * hosts this request came to, so that a team on http://localhost:3000 is not sent to 127.0.0.1.
 */
export function linkOrigin(appUrl: string, appUrlConfigured: boolean, headers: Headers): string {
  if (appUrlConfigured) return appUrl;
  const host = requestHost(headers);
  return allowedHosts(appUrl, false).includes(host) ? `${new URL(appUrl).protocol}//${host}` : appUrl;
}
