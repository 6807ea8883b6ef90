/**
 * The way back from a page opened out of a list (a conversation out of the Inbox, a message out of History), per
 * tab: to the list as the person left it (its filters and page), with the focus on the row they opened, where
 * Tab and Enter left off, instead of at the top of the page. Storage may be refused (a privacy setting): the way
 * back is then the bare list, and the focus starts at the top as on any page.
 */
export interface ListReturn {
  /** The list's address as it is now, for the way back. */
  remember(href: string): void;
  /** Where "← back" goes: the list as last remembered in this tab, or the bare list. */
  backHref(): string;
  /** The row (its link's href) the focus goes to when the list opens next. */
  returnTo(rowHref: string): void;
  /** Gives the focus to the remembered row among `links`, once: a later visit starts at the top again. */
  focusReturned(links: Iterable<HTMLAnchorElement>): void;
}

function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {}
}

export function listReturn(list: "inbox" | "history"): ListReturn {
  const home = `/${list}`;
  const addressKey = `${list}:list-address`;
  const rowKey = `${list}:return-to`;
  return {
    remember: (href) => write(addressKey, href),
    backHref: () => {
      const href = read(addressKey);
      return href?.startsWith(home) ? href : home;
    },
    returnTo: (rowHref) => write(rowKey, rowHref),
    focusReturned: (links) => {
      const href = read(rowKey);
      write(rowKey, null);
      if (!href) return;
      // A list may draw a row twice (History's table and cards): only the one shown at this width takes the focus.
      for (const link of links) {
        if (link.getAttribute("href") === href && link.getClientRects().length > 0) return link.focus();
      }
    },
  };
}
