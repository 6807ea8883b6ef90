import Link from "next/link";

/** Inside the app's own layout, so it carries the nonce'd scripts and the app's styles like every other page. */
export default function NotFound() {
  return (
    <section className="mx-auto mt-6 max-w-lg rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 p-6 text-sm shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900 dark:text-slate-100">Page not found</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        There is nothing at this address, or it is no longer here.
      </p>
      <p className="mt-4">
        <Link href="/" className="font-medium text-brand-700 dark:text-brand-300 underline">
          Go to the dashboard
        </Link>
      </p>
    </section>
  );
}
