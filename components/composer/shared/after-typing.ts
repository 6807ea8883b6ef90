/** How long the keys must rest before the work runs, and the longest it waits while they keep coming. */
export const TYPING_PAUSE_MS = 40;
export const TYPING_MAX_WAIT_MS = 200;

/**
 * Work that follows the keys but need not keep up with each (the counters' pass, the live check) runs once they
 * pause, and at least every TYPING_MAX_WAIT_MS while they do not. A held Backspace repeats about every 33 ms and a
 * fast burst of typing comes faster: run after every key, that work filled the gaps between keys and the next key
 * waited for it before the preview could show it.
 */
export function afterTyping(run: () => void): { schedule: () => void; cancel: () => void } {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let longest: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(quiet);
    clearTimeout(longest);
    quiet = undefined;
    longest = undefined;
  };
  const fire = () => {
    cancel();
    run();
  };
  return {
    schedule() {
      clearTimeout(quiet);
      quiet = setTimeout(fire, TYPING_PAUSE_MS);
      longest ??= setTimeout(fire, TYPING_MAX_WAIT_MS);
    },
    cancel,
  };
}

/**
 * Shows each value offered, except while the keys keep coming (the last `key()` under TYPING_PAUSE_MS ago): then the
 * latest waits for them to pause, and one shows at most every `maxWaitMs`. For what costs too much to lay out at
 * every TYPING_MAX_WAIT_MS of fast typing.
 */
export function heldWhileTyping<T>(
  maxWaitMs: number,
  show: (value: T) => void,
): { key: () => void; offer: (value: T) => void; cancel: () => void } {
  let lastKey = Number.NEGATIVE_INFINITY;
  let lastShown = Number.NEGATIVE_INFINITY;
  let pending: { value: T } | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const follow = () => {
    retry = undefined;
    if (!pending) return;
    const now = performance.now();
    const sinceKey = now - lastKey;
    if (sinceKey >= TYPING_PAUSE_MS || now - lastShown >= maxWaitMs) {
      lastShown = now;
      const { value } = pending;
      pending = null;
      show(value);
    } else {
      retry = setTimeout(follow, TYPING_PAUSE_MS - sinceKey);
    }
  };
  const cancel = () => {
    clearTimeout(retry);
    retry = undefined;
    pending = null;
  };
  return {
    key() {
      lastKey = performance.now();
    },
    offer(value) {
      clearTimeout(retry);
      pending = { value };
      follow();
    },
    cancel,
  };
}
