import Link from "next/link";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, type Role } from "@/lib/auth/roles";

/** What a signed-in person sees on a page their role does not open, instead of the page. */
export function NotAllowed({ role }: { role: Role }) {
  return (
    <section
      aria-labelledby="not-allowed-heading"
      className="mx-auto max-w-lg rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 p-6 text-sm shadow-sm"
    >
      <h1 id="not-allowed-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-100">
        Not available to your role
      </h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Your role is {ROLE_LABELS[role]}: {ROLE_DESCRIPTIONS[role]}. Ask an Admin if you need more.
      </p>
      <p className="mt-4">
        <Link href="/history" className="font-medium text-brand-700 dark:text-brand-300 underline">
          Go to History
        </Link>
      </p>
    </section>
  );
}
