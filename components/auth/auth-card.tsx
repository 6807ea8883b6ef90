import type { ReactNode } from "react";

/** The narrow card the sign-in, first-run and invitation pages share. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section
      aria-labelledby="auth-heading"
      className="mx-auto mt-6 max-w-md rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 p-6 shadow-sm"
    >
      <h1 id="auth-heading" className="text-xl font-semibold text-slate-900 dark:text-slate-100">
        {title}
      </h1>
      {intro ? <div className="mt-2 text-sm text-slate-600 dark:text-slate-400">{intro}</div> : null}
      <div className="mt-5">{children}</div>
    </section>
  );
}
