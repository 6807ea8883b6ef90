"use client";

import { useEffect, useRef } from "react";

/**
 * j and k move the focus to the next and previous conversation in the list (Enter then opens it), as in mail
 * programs; ignored while typing in a field or with a modifier held.
 */
export function useListKeys() {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "j" && event.key !== "k") return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>("a[data-thread-link]") ?? [])];
      if (links.length === 0) return;
      event.preventDefault();
      const current = links.indexOf(document.activeElement as HTMLAnchorElement);
      const next = current === -1 ? 0 : Math.min(links.length - 1, Math.max(0, current + (event.key === "j" ? 1 : -1)));
      links[next]?.focus();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return list;
}
