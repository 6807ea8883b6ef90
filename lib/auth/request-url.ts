/** Set by proxy.ts on every request, so a page can send a signed-out visitor back to exactly where they were. */
export const REQUEST_URL_HEADER = "x-composer-url";
