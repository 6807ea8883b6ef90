"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { COMPOSER_TYPE_LABELS } from "@/lib/messages/registry";

const ENTRIES = Object.entries(COMPOSER_TYPE_LABELS);

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

/**
 * Plain links: the recipient, sender and options travel through the shared draft, not the URL. On a phone the
 * strip is wider than the screen: it opens scrolled to the current type, and fades at an end that hides more.
 */
export function TypeSwitcher({ current }: { current: string }) {
  const strip = useRef<HTMLElement>(null);
  const [hidden, setHidden] = useState<Hidden>({ before: false, after: false });

  useEffect(() => {
    const nav = strip.current;
    if (!nav) return;
    const measure = () =>
      setHidden({
        before: nav.scrollLeft > 1,
        after: nav.scrollLeft + nav.clientWidth < nav.scrollWidth - 1,
      });
    // Set directly rather than by scrollIntoView, which would also scroll the page to the strip.
    const active = nav.querySelector<HTMLElement>(`a[href="/compose/${current}"]`);
    if (active && active.offsetLeft + active.offsetWidth > nav.clientWidth) {
      nav.scrollLeft = active.offsetLeft - (nav.clientWidth - active.offsetWidth) / 2;
    }
    measure();
    nav.addEventListener("scroll", measure, { passive: true });
    const resized = new ResizeObserver(measure);
    resized.observe(nav);
    return () => {
      nav.removeEventListener("scroll", measure);
      resized.disconnect();
    };
  }, [current]);

  return (
    <nav
      ref={strip}
      aria-label="Message type"
      className={`relative mb-5 overflow-x-auto ${FADES[`${hidden.before} ${hidden.after}`]}`}
    >
      <ul className="flex w-max gap-1 rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-sm">
        {ENTRIES.map(([type, label]) => (
          <li key={type}>
            <Link
              href={`/compose/${type}`}
              aria-current={type === current ? "page" : undefined}
              className={`block rounded-md px-3 py-1.5 font-medium whitespace-nowrap ${
                type === current ? "bg-brand-600 text-white" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
              }`}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
