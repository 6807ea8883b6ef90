"use client";

import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";

/**
 * Long enough that arrowing through a closed select (each arrow is a change in Chromium) loads only the option
 * someone stops on, short enough that a pick with the mouse still feels immediate.
 */
export const SETTLE_MS = 350;

/** The filters' address as a GET submit would write it, without the empty ones and without a page cursor. */
export function filtersQuery(entries: Iterable<[string, FormDataEntryValue]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (typeof value === "string" && value.trim() !== "") params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * Applies a select of the filters form as soon as it changes: the page is rendered anew in place, so the focus
 * stays on that select and the form keeps what else was typed. Without JavaScript the form is still a plain GET
 * form with its submit button; text fields keep applying on Enter or that button, as a half-typed number must not
 * filter.
 */
export function ApplyOnChange({ formId }: { formId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      // What the form holds when it settles, so two selects changed in quick succession make one load with both.
      const href = `${window.location.pathname}${filtersQuery(new FormData(form))}`;
      startTransition(() => router.push(href, { scroll: false }));
    };
    const onChange = (event: Event) => {
      if (!(event.target instanceof HTMLSelectElement)) return;
      clearTimeout(timer);
      timer = setTimeout(apply, SETTLE_MS);
    };
    // A submit (Enter in the search) loads the page itself: a change still waiting must not load another after it.
    const onSubmit = () => clearTimeout(timer);
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
    };
  }, [formId, router]);
  return (
    <span role="status" className="self-center text-xs text-slate-500 dark:text-slate-400">
      {pending ? "Updating…" : ""}
    </span>
  );
}
