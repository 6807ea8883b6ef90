/**
 * Paths the proxy lets through without a session cookie. Pages still check the session themselves (the proxy's
 * cookie check is only a shortcut); /api routes answer 401 themselves, as JSON.
 */
const PUBLIC_PREFIXES = ["/sign-in", "/setup", "/invite/", "/api/", "/_next/"];
const PUBLIC_FILES = new Set(["/icon.svg", "/favicon.ico", "/robots.txt"]);

export function needsSessionCookie(pathname: string): boolean {
  if (PUBLIC_FILES.has(pathname)) return false;
  return !PUBLIC_PREFIXES.some((prefix) => pathname === prefix.replace(/\/$/, "") || pathname.startsWith(prefix));
}
