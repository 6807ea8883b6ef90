import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { allows, PAGE_RULES } from "@/lib/auth/rules";
import { NavLink } from "./nav-link";
import { UserMenu } from "./user-menu";

/**
 * The brand, the pages this person's role opens, and who is signed in; only the brand when nobody is. On a phone
 * the person's initials share the brand's row and the pages go underneath.
 */
export function AppHeader({ actor }: { actor: Actor | null }) {
  return (
    <header className="border-b border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900 dark:text-slate-100">
          <span aria-hidden className="grid size-7 place-items-center rounded-full bg-brand-600 text-white">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="currentColor">
              <path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2Z" />
            </svg>
          </span>
          WhatsApp Composer
        </Link>
        {actor && (
          <>
            <nav aria-label="Main" className="order-last flex w-full gap-1 text-sm sm:order-none sm:w-auto">
              <NavLink href="/inbox" match="/inbox">
                Inbox
              </NavLink>
              {allows(PAGE_RULES["/compose/[type]"], actor.role) && (
                <NavLink href="/compose/text" match="/compose">
                  Compose
                </NavLink>
              )}
              <NavLink href="/history" match="/history">
                History
              </NavLink>
              {allows(PAGE_RULES["/settings/members"], actor.role) && (
                <NavLink href="/settings/members" match="/settings/members">
                  Members
                </NavLink>
              )}
            </nav>
            <UserMenu name={actor.name} email={actor.email} role={actor.role} />
          </>
        )}
      </div>
    </header>
  );
}
