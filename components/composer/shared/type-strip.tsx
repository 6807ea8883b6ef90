"use client";

import { type ReactNode, useLayoutEffect, useRef, useState } from "react";

/** Which ends of the strip have types scrolled out of sight. */
interface Hidden {
  before: boolean;
  after: boolean;
}

const FADES: Record<string, string> = {
  "false false": "",
  "true false": "[mask-image:linear-gradient(to_right,transparent,black_2.5rem)]",
  "false true": "[mask-image:linear-gradient(to_left,transparent,black_2.5rem)]",
  "true true": "[mask-image:linear-gradient(to_right,transparent,black_2.5rem,black_calc(100%_-_2.5rem),transparent)]",
};

// Each page draws its own strip, so the link followed goes with the page it was on, and the focus with it, to the
// page's body: Tab would start again from the top. The new strip gives it to the link of the type picked instead.
let followed: string | null = null;

/**
 * The message types' scrolling strip on a screen narrower than it: shown scrolled to the current type (before the
 * first paint, so it does not jump), faded at an end that hides more. Tab scrolls a link clear of the fade.
 */
export function TypeStrip({ current, children }: { current: string; children: ReactNode }) {
  const strip = useRef<HTMLElement>(null);
  const [hidden, setHidden] = useState<Hidden>({ before: false, after: false });

  useLayoutEffect(() => {
    const nav = strip.current;
    if (!nav) return;
    const measure = () =>
      setHidden({
        before: nav.scrollLeft > 1,
        after: nav.scrollLeft + nav.clientWidth < nav.scrollWidth - 1,
      });
    const active = nav.querySelector<HTMLElement>(`a[href="/compose/${current}"]`);
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (active && followed === active.getAttribute("href") && lost) active.focus({ preventScroll: true });
    followed = null;
    // Set directly rather than by scrollIntoView, which would also scroll the page to the strip.
    if (active) {
      const start = active.offsetLeft;
      const end = start + active.offsetWidth;
      if (start < nav.scrollLeft || end > nav.scrollLeft + nav.clientWidth) {
        nav.scrollLeft = start - (nav.clientWidth - active.offsetWidth) / 2;
      }
    }
    measure();
    const follow = (event: MouseEvent) => {
      const link = (event.target as Element).closest("a");
      followed = link && link === document.activeElement ? link.getAttribute("href") : null;
    };
    nav.addEventListener("click", follow);
    nav.addEventListener("scroll", measure, { passive: true });
    const resized = new ResizeObserver(measure);
    resized.observe(nav);
    return () => {
      nav.removeEventListener("click", follow);
      nav.removeEventListener("scroll", measure);
      resized.disconnect();
    };
  }, [current]);

  return (
    <nav
      ref={strip}
      aria-label="Message type"
      className={`relative mb-5 scroll-px-10 overflow-x-auto ${FADES[`${hidden.before} ${hidden.after}`]}`}
    >
      {children}
    </nav>
  );
}
