"use client";

import { useEffect } from "react";

const SUBMITTED = "history:filter-submitted";

/**
 * The filters are a plain GET form, so submitting them loads a new page, which starts with the focus at its top: a
 * keyboard user would Tab through the menu and every filter again to reach what they searched for. After a submit
 * (and only then, not on a bookmark or a reload) the focus goes to the results instead.
 */
export function FocusResults({ formId, resultsId }: { formId: string; resultsId: string }) {
  useEffect(() => {
    if (read()) document.getElementById(resultsId)?.focus();
    const form = document.getElementById(formId);
    form?.addEventListener("submit", write);
    return () => form?.removeEventListener("submit", write);
  }, [formId, resultsId]);
  return null;
}

// Storage may be refused (a privacy setting): the focus then simply stays where the browser puts it.
function read(): boolean {
  try {
    const submitted = window.sessionStorage.getItem(SUBMITTED) !== null;
    window.sessionStorage.removeItem(SUBMITTED);
    return submitted;
  } catch {
    return false;
  }
}

function write(): void {
  try {
    window.sessionStorage.setItem(SUBMITTED, "1");
  } catch {}
}
