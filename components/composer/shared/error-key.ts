/**
 * Every error's path, type and message, in one string ("message.text:too_big:Too long"). React Hook Form updates
 * its errors object in place, so a memoized part of the form is given this string to tell it that its errors changed.
 */
export function errorKey(errors: object | undefined, path = ""): string {
  let key = "";
  for (const [name, value] of Object.entries(errors ?? {})) {
    if (name === "ref" || value === null || typeof value !== "object") continue;
    const at = path ? `${path}.${name}` : name;
    const { type, message } = value as { type?: unknown; message?: unknown };
    if (typeof message === "string") key += `${at}:${String(type)}:${message}\n`;
    key += errorKey(value, at);
  }
  return key;
}
