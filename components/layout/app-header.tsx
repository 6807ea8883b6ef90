import Link from "next/link";
import { NavLink } from "./nav-link";

export function AppHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3 sm:px-6">
        <Link href="/compose/text" className="flex items-center gap-2 font-semibold text-slate-900">
          <span aria-hidden className="grid size-7 place-items-center rounded-full bg-brand-600 text-white">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="currentColor">
              <path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2Z" />
            </svg>
          </span>
          WhatsApp Composer
        </Link>
        <nav aria-label="Main" className="flex gap-1 text-sm">
          <NavLink href="/compose/text" match="/compose">
            Compose
          </NavLink>
          <NavLink href="/history" match="/history">
            History
          </NavLink>
        </nav>
      </div>
    </header>
  );
}
