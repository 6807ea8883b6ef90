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
