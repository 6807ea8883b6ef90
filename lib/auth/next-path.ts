/** Where sign-in may send someone back to: a path on this dashboard, never another site and never sign-in itself. */
export function safeNextPath(value: string | null | undefined): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  // Control characters and backslashes are how "/\tevil.com"-style tricks reach another host.
  if (/[\p{Cc}\\]/u.test(value)) return "/";
  const path = value.split(/[?#]/, 1)[0] ?? "/";
  if (path === "/sign-in" || path === "/setup" || path.startsWith("/invite/")) return "/";
  return value;
}

export function signInHref(next: string): string {
  const safe = safeNextPath(next);
  return safe === "/" ? "/sign-in" : `/sign-in?${new URLSearchParams({ next: safe })}`;
}
