// Space kept between what is brought into view and the edge of the screen.
const MARGIN = 8;

/** The field a reply is being written in: the one with the focus, else the composer's first text box. */
export function replyField(composer: HTMLElement | null): HTMLElement | null {
  if (!composer) return null;
  const active = document.activeElement;
  const typing =
    active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === "text");
  if (typing && composer.contains(active)) return active;
  return composer.querySelector("textarea");
}

/**
 * Shows the conversation's newest message (the reply just sent) without taking the focus from the reply box: the
 * log scrolls to its end, then the page as far as it can while the box stays in view. Where both do not fit (a
 * phone at high zoom), the box wins, since the next key goes there.
 */
export function revealNewest(log: HTMLElement, keep: Element | null): void {
  log.scrollTop = log.scrollHeight;
  const newest = log.lastElementChild ?? log;
  if (!keep) {
    newest.scrollIntoView({ block: "nearest" });
    return;
  }
  keep.scrollIntoView({ block: "nearest" });
  const above = newest.getBoundingClientRect().top - MARGIN;
  if (above >= 0) return;
  const room = window.innerHeight - keep.getBoundingClientRect().bottom - MARGIN;
  if (room > 0) window.scrollBy({ top: Math.max(above, -room) });
}
