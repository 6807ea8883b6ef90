"use client";

import Link from "next/link";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { fillSavedReply, matchSavedReplies, type SavedReply } from "@/lib/saved-replies/saved-reply";
import { type Anchor, anchorAt, usePopupFit } from "./use-popup-fit";

// More would not fit beside the field on a laptop's screen; typing more of a name narrows the list.
const SHOWN = 8;
const LIST_ID = "saved-replies-list";
const optionId = (reply: SavedReply) => `saved-reply-${reply.id}`;

interface Slash extends Anchor {
  field: HTMLTextAreaElement;
  /** Where the "/" is in the field's value. */
  start: number;
  query: string;
}

// React's onChange listens for input events; setting the value through the prototype's setter, as a person's
// typing would, is how react-hook-form sees the change.
function typeInto(field: HTMLTextAreaElement, value: string, caret: number) {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
  setter?.call(field, value);
  field.dispatchEvent(new Event("input", { bubbles: true }));
  field.focus();
  field.setSelectionRange(caret, caret);
}

/** The "/" word just before the caret: at the start of the text or after a space. */
function slashAt(field: HTMLTextAreaElement, wrapper: HTMLElement): Slash | null {
  const before = field.value.slice(0, field.selectionStart ?? 0);
  const match = /(^|\s)\/([^\s/]*)$/.exec(before);
  if (!match) return null;
  const query = match[2] ?? "";
  return { field, start: before.length - query.length - 1, query, ...anchorAt(field, wrapper) };
}

/**
 * Typing "/" in a message text around it lists the saved replies; ↑/↓ pick, Enter or a click puts the reply in
 * place of the "/…", with {{name}} filled; Escape closes the list. It listens to the composer's fields from outside,
 * so the shared composers need not know about it.
 */
export function SavedReplyMenu({
  replies,
  customerName,
  children,
}: {
  replies: readonly SavedReply[];
  customerName: string | null;
  children: ReactNode;
}) {
  const [slash, setSlash] = useState<Slash | null>(null);
  const [active, setActive] = useState(0);
  const wrapper = useRef<HTMLDivElement>(null);
  const matches = slash ? matchSavedReplies(replies, slash.query).slice(0, SHOWN) : [];
  const open = slash !== null && matches.length > 0;
  // A "/" that lists nothing says why, so the feature can be found from the field it works in.
  const nothing = slash !== null && matches.length === 0;
  const activeId = open && matches[active] ? optionId(matches[active]) : undefined;
  // Above the field when there is no room under it: a list past the window's bottom would be picked from unseen.
  const popup = usePopupFit(slash, matches.length);
  // The reply ↑/↓ picked stays in sight when the list scrolls within.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  function choose(reply: SavedReply) {
    if (!slash) return;
    const { field, start } = slash;
    const end = field.selectionStart ?? field.value.length;
    const text = fillSavedReply(reply.body, customerName);
    typeInto(field, field.value.slice(0, start) + text + field.value.slice(end), start + text.length);
    setSlash(null);
  }

  // The list belongs to the text field, which keeps the focus: a screen reader hears the picked reply through the
  // field's aria-activedescendant as ↑/↓ move it. The field is the composer's, so the attributes are set from here.
  const field = open ? slash.field : null;
  useEffect(() => {
    if (!field) return;
    field.setAttribute("aria-controls", LIST_ID);
    field.setAttribute("aria-autocomplete", "list");
    return () => {
      field.removeAttribute("aria-controls");
      field.removeAttribute("aria-autocomplete");
    };
  }, [field]);
  useEffect(() => {
    if (!field || !activeId) return;
    field.setAttribute("aria-activedescendant", activeId);
    return () => field.removeAttribute("aria-activedescendant");
  }, [field, activeId]);

  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    const onInput = (event: Event) => {
      const field = event.target;
      if (!(field instanceof HTMLTextAreaElement)) return;
      setSlash(slashAt(field, element));
      setActive(0);
    };
    element.addEventListener("input", onInput);
    return () => element.removeEventListener("input", onInput);
  }, []);

  return (
    <div
      ref={wrapper}
      className="relative"
      // Leaving the field closes what its "/" opened; the list and the note keep the focus in it when pressed.
      onBlurCapture={(event) => {
        // React types a captured event's target as this wrapper; it is whichever element inside lost the focus.
        if (slash && (event.target as EventTarget) === slash.field) setSlash(null);
      }}
      onKeyDownCapture={(event) => {
        if (nothing && event.key === "Escape") {
          event.preventDefault();
          setSlash(null);
        }
        if (!open || event.target !== slash.field) return;
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
          event.preventDefault();
          const step = event.key === "ArrowDown" ? 1 : -1;
          setActive((active + step + matches.length) % matches.length);
        } else if (event.key === "Enter" && !event.ctrlKey && !event.metaKey) {
          event.preventDefault();
          event.stopPropagation();
          const reply = matches[active];
          if (reply) choose(reply);
        } else if (event.key === "Escape") {
          event.preventDefault();
          setSlash(null);
        }
      }}
    >
      {children}
      {nothing && (
        // Not a live region: it would speak at every key of a "/word"; it names the page, since its link is for a mouse.
        <p
          ref={popup.ref}
          className="absolute z-20 overflow-y-auto rounded-lg border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 px-3 py-2 text-xs text-slate-600 dark:text-slate-400 shadow-lg"
          style={popup.style}
        >
          {replies.length === 0 ? "No saved replies yet" : `No saved reply matches /${slash.query}`}:{" "}
          <Link
            href="/settings/saved-replies"
            onMouseDown={(event) => event.preventDefault()}
            className="font-medium text-brand-700 dark:text-brand-300 underline"
          >
            Saved replies
          </Link>{" "}
          keeps the answers you give often, to put in here with /.
        </p>
      )}
      {open && (
        <div
          ref={popup.ref}
          className="absolute z-20 overflow-y-auto rounded-lg border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 p-1 shadow-lg"
          style={popup.style}
        >
          <p id="saved-replies-heading" className="px-2 py-1 text-xs font-semibold text-slate-500 dark:text-slate-400">
            Saved replies
          </p>
          <div id={LIST_ID} role="listbox" aria-labelledby="saved-replies-heading">
            {matches.map((reply, index) => (
              <div
                key={reply.id}
                id={optionId(reply)}
                role="option"
                aria-selected={index === active}
                tabIndex={-1}
                onMouseDown={(event) => {
                  // Keep the focus (and the caret) in the text field.
                  event.preventDefault();
                  choose(reply);
                }}
                onKeyDown={() => undefined}
                className={`cursor-pointer rounded-md px-2 py-1.5 text-sm ${index === active ? "bg-brand-50 dark:bg-brand-950 text-brand-900 dark:text-brand-100" : "text-slate-800 dark:text-slate-200"}`}
              >
                <span className="font-medium">/{reply.name}</span>
                <span className="block truncate text-xs text-slate-500 dark:text-slate-400">
                  {fillSavedReply(reply.body, customerName)}
                </span>
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
