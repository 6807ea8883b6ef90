"use client";

import { usePathname } from "next/navigation";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { signOutAction } from "@/lib/actions/sign-out";
import { signInHref } from "@/lib/auth/next-path";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";

/**
 * The signed-in person's name, opening a menu with Sign out. On every full page load it also asks /api/session,
 * which keeps a 30-day session sliding for someone who only reads, and notices a session ended elsewhere (signed
 * out, or deactivated by an Admin) by going to sign-in.
 */
export function UserMenu({ name, email, role }: { name: string; email: string; role: Role }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const pathname = usePathname();

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/session", { cache: "no-store", signal: controller.signal })
      .then(async (response) => {
        // Read to the end, so the request completes rather than holding its connection open.
        await response.arrayBuffer();
        if (response.status === 401) {
          window.location.assign(signInHref(window.location.pathname + window.location.search));
        }
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node))
        setOpen(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open]);

  // A page change closes the menu, as a click on one of its links would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation, reading nothing else
  useEffect(() => setOpen(false), [pathname]);

  function onMenuKey(event: KeyboardEvent) {
    if (event.key === "Escape") {
      setOpen(false);
      button.current?.focus();
    }
  }

  return (
    <div className="relative ml-auto">
      <button
        ref={button}
        onKeyDown={onMenuKey}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-slate-800 dark:text-slate-200 hover:bg-slate-100 dark:hover:bg-slate-800"
      >
        <span
          aria-hidden
          className="grid size-7 place-items-center rounded-full bg-slate-200 dark:bg-slate-700 text-xs font-semibold"
        >
          {initials(name)}
        </span>
        {/* On a phone the initials stand for the name, which keeps the header to one row above the pages. */}
        <span className="max-sm:sr-only">{name}</span>
        <svg aria-hidden viewBox="0 0 20 20" className="size-4 text-slate-500 dark:text-slate-400" fill="currentColor">
          <path d="M5.5 7.5 10 12l4.5-4.5" stroke="currentColor" strokeWidth="1.5" fill="none" />
        </svg>
      </button>
      <div
        ref={menu}
        id={menuId}
        role="menu"
        aria-label={name}
        onKeyDown={onMenuKey}
        hidden={!open}
        className="absolute right-0 z-20 mt-1 w-64 rounded-md border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 p-1 text-sm shadow-lg"
      >
        <div className="px-3 py-2 text-xs text-slate-600 dark:text-slate-400">
          <div className="truncate text-sm font-medium text-slate-800 dark:text-slate-200 sm:hidden">{name}</div>
          <div className="truncate">{email}</div>
          <div>{ROLE_LABELS[role]}</div>
        </div>
        <form
          action={async () => {
            // Success redirects to sign-in; a refusal means the session had already ended, which sign-in shows too.
            const result = await signOutAction();
            if (!result.ok) window.location.assign("/sign-in");
          }}
        >
          <button
            type="submit"
            role="menuitem"
            className="block w-full rounded px-3 py-2 text-left font-medium text-slate-800 dark:text-slate-200 hover:bg-slate-100 dark:hover:bg-slate-800 focus:bg-slate-100 dark:focus:bg-slate-800"
          >
            Sign out
          </button>
        </form>
      </div>
    </div>
  );
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => Array.from(part)[0] ?? "")
    .slice(0, 2)
    .join("");
  return letters.toUpperCase() || "?";
}
