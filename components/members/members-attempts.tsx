"use client";

import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from "react";

interface Attempts {
  latest: number;
  next: () => number;
}

const AttemptsContext = createContext<Attempts | null>(null);

/**
 * Numbers the actions started on the Members page. What an action said (a refusal, a confirmation) belongs to
 * that attempt, and goes as soon as another one starts, in its row or elsewhere: an old "cannot be demoted" next
 * to an unrelated later invitation reads as if that had failed. Invitation links are not outcomes, and stay.
 */
export function MembersAttempts({ children }: { children: ReactNode }) {
  // Read by next(), which returns the new number at once; the state is what re-renders the forms.
  const counter = useRef(0);
  const [latest, setLatest] = useState(0);
  const next = useCallback(() => {
    counter.current += 1;
    setLatest(counter.current);
    return counter.current;
  }, []);
  const value = useMemo(() => ({ latest, next }), [latest, next]);
  return <AttemptsContext value={value}>{children}</AttemptsContext>;
}

/**
 * One form's part: start() as it submits; current while no other action has started since, so its outcome may
 * show; dismiss() drops it early (its person picked another role, say).
 */
export function useAttempt(): { current: boolean; start: () => void; dismiss: () => void } {
  const attempts = useContext(AttemptsContext);
  if (!attempts) throw new Error("useAttempt() needs <MembersAttempts> around it");
  const [mine, setMine] = useState<number | null>(null);
  const { latest, next } = attempts;
  return {
    current: mine !== null && mine === latest,
    start: () => setMine(next()),
    dismiss: () => setMine(null),
  };
}
