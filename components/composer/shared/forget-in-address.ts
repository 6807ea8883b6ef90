/**
 * Takes parameters the page has acted on out of the address bar, so a reload restores the draft made from them
 * instead of applying them again over the person's edits.
 */
export function forgetInAddress(...names: string[]) {
  const url = new URL(window.location.href);
  if (!names.some((name) => url.searchParams.has(name))) return;
  for (const name of names) url.searchParams.delete(name);
  // The App Router keeps its state in sync with a native replaceState.
  window.history.replaceState(null, "", url);
}
