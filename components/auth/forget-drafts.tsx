"use client";

import { useEffect } from "react";
import { forgetAllDrafts } from "@/components/composer/shared/draft-storage";

/**
 * On the sign-in page nobody is signed in in this browser, whether they signed out, their session expired or an
 * Admin ended it: drafts are kept per browser, so the next person to sign in here must not find a customer's
 * half-written reply.
 */
export function ForgetDrafts() {
  useEffect(forgetAllDrafts, []);
  return null;
}
