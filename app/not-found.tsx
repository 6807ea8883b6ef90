import Link from "next/link";

/** Inside the app's own layout, so it carries the nonce'd scripts and the app's styles like every other page. */
export default function NotFound() {
  return (
    <section className="mx-auto mt-6 max-w-lg rounded-lg border border-slate-200 bg-white p-6 text-sm shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">Page not found</h1>
      <p className="mt-2 text-slate-700">There is nothing at this address, or it is no longer here.</p>
      <p className="mt-4">
        <Link href="/" className="font-medium text-brand-700 underline">
          Go to the dashboard
        </Link>
      </p>
    </section>
  );
}
