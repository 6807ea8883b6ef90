"use client";

import { Fragment, type RefObject, useEffect } from "react";
import type { ThreadItem } from "@/lib/inbox/thread-types";
import { dayLabel, dayOf } from "./format";
import { ThreadBubble } from "./thread-bubble";
import { useNow } from "./use-now";

/** The conversation in time order with a separator for each day; it keeps the newest message in view. */
export function ThreadMessages({
  items,
  scroller,
}: {
  items: ThreadItem[];
  scroller: RefObject<HTMLDivElement | null>;
}) {
  const now = useNow();
  const count = items.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again only when a message is added
  useEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [count]);
  return (
    <div
      ref={scroller}
      // A scrolling region is reached by keyboard too.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to scroll by keyboard
      tabIndex={0}
      role="log"
      aria-label="Messages"
      className="max-h-[60vh] min-h-48 overflow-y-auto rounded-lg border border-slate-200 bg-[#efeae2] dark:border-slate-700 dark:bg-[#0b141a] px-3 py-3 sm:px-5"
    >
      {items.length === 0 && (
        <p className="py-8 text-center text-sm text-slate-600 dark:text-slate-400">No messages yet.</p>
      )}
      {now !== null &&
        items.map((item, index) => {
          const previous = items[index - 1];
          const newDay = !previous || dayOf(previous.at) !== dayOf(item.at);
          const tail = newDay || previous?.direction !== item.direction;
          return (
            <Fragment key={item.key}>
              {newDay && (
                <div className="my-3 flex justify-center">
                  <span className="rounded-lg bg-white/90 px-3 py-1 text-xs font-medium text-[#54656f] shadow-sm dark:bg-[#182229] dark:text-[#aebac1]">
                    {dayLabel(item.at, now)}
                  </span>
                </div>
              )}
              <ThreadBubble item={item} tail={tail} />
            </Fragment>
          );
        })}
    </div>
  );
}
