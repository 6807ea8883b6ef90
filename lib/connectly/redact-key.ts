/**
 * Replaces every form of the API key an error page or a log line may hold: as it is, Base64 (a proxy echoing a
 * Basic or encoded header), Base64url, and URL-encoded (a key echoed from a query string or form body). Base64 of
 * the key inside a longer encoded header starts at any of three byte offsets, so each offset's stable core is
 * matched too.
 */
export function keyRedactor(apiKey: string): (text: string) => string {
  const forms = new Set<string>([apiKey, encodeURIComponent(apiKey), encodeURIComponent(encodeURIComponent(apiKey))]);
  for (const offset of [0, 1, 2]) {
    const base64 = Buffer.from(`${"\0".repeat(offset)}${apiKey}`).toString("base64");
    // The first and last few characters mix in neighbouring bytes; the middle is the key's alone.
    const core = base64.slice(Math.ceil((offset * 4) / 3) + 1, -4);
    if (core.length >= 8) {
      forms.add(core);
      forms.add(core.replaceAll("+", "-").replaceAll("/", "_"));
    }
  }
  const sorted = [...forms].filter((form) => form.length > 0).sort((a, b) => b.length - a.length);
  return (text) => sorted.reduce((result, form) => result.replaceAll(form, "[redacted]"), text);
}
